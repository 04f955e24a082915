package dev.ackgen.runtime.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What generated models delegate to: immutable copies, absent-as-empty lists, and their text. */
class ModelFieldsAndTextTest {

    @Test
    void copiesAreUnmodifiableAndDoNotFollowTheOriginal() {
        List<String> list = new ArrayList<>(List.of("a"));
        List<String> listCopy = ModelFields.copyOf(list);
        list.add("b");
        assertThat(listCopy).containsExactly("a").isUnmodifiable();

        Map<String, Integer> map = new LinkedHashMap<>(Map.of("k", 1));
        Map<String, Integer> mapCopy = ModelFields.copyOf(map);
        map.put("l", 2);
        assertThat(mapCopy).containsExactly(Map.entry("k", 1)).isUnmodifiable();

        assertThat(ModelFields.copyOf((List<String>) null)).isNull();
        assertThat(ModelFields.copyOf((Map<String, String>) null)).isNull();
        assertThat(ModelFields.orEmpty((List<String>) null)).isEmpty();
        assertThat(ModelFields.orEmpty((Map<String, String>) null)).isEmpty();
        assertThat(ModelFields.orEmpty(mapCopy)).isSameAs(mapCopy);
        assertThat(ModelFields.orEmpty(listCopy)).isSameAs(listCopy);
    }

    @Test
    void unknownMembersShareTheEmptyMapAndKeepTheirOrder() {
        assertThat(ModelFields.copyOfMembers(new LinkedHashMap<>())).isSameAs(Map.of());
        Map<String, JsonNode> members = new LinkedHashMap<>();
        members.put("z", TextNode.valueOf("1"));
        members.put("a", TextNode.valueOf("2"));
        assertThat(ModelFields.copyOfMembers(members).keySet()).containsExactly("z", "a");
    }

    @Test
    void textShowsWhatIsSetAndNeverASecret() {
        ModelText text = new ModelText("Cluster");
        text.add("name", "edge");
        text.add("size", null);
        text.addSecret("login_password", "Hunter2!x");
        text.addSecret("key_pair", null);
        text.addUnknown(Map.of());
        assertThat(text).hasToString("Cluster{name=edge, login_password=***}");

        ModelText withUnknown = new ModelText("Tag");
        withUnknown.addUnknown(Map.of("extra", TextNode.valueOf("x")));
        assertThat(withUnknown).hasToString("Tag{additionalProperties={extra=\"x\"}}");
        assertThat(new ModelText("Empty")).hasToString("Empty{}");
    }
}
