package dev.ackgen.runtime.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import java.util.Arrays;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.ackgen.runtime.json.JsonReading.ValueReader;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * jackson-databind reads and writes models the way generated code shapes them: each model
 * implements {@link JsonWritable} and names its package's {@link ModelReaders} subclass in
 * {@code @JsonDeserialize}, as a root value, a property, a list item and a map value.
 */
class ModelReadersTest {
    private final ObjectMapper mapper = JsonMapper.builder().build();

    /** A package's readers, as the generator writes them: one branch per model. */
    public static final class Readers extends ModelReaders {
        private static final long serialVersionUID = 1L;

        @Override
        protected ValueReader<?> readerOf(Class<?> type) {
            if (type == Tag.class) {
                return Tag::readJson;
            }
            return null;
        }
    }

    /** A model as generated: writes itself, reads itself, names the package's readers. */
    @JsonDeserialize(using = Readers.class)
    public static final class Tag implements JsonWritable {
        private static final SerializedString KEY = new SerializedString("key");
        private final String key;

        Tag(String key) {
            this.key = key;
        }

        @Override
        public void writeJson(JsonGenerator generator) throws IOException {
            generator.writeStartObject();
            JsonWriting.stringMember(generator, KEY, key);
            generator.writeEndObject();
        }

        static Tag readJson(JsonParser parser) throws IOException {
            JsonReading.expectObject(parser);
            String key = null;
            String member;
            while ((member = parser.nextFieldName()) != null) {
                parser.nextToken();
                if (member.equals("key")) {
                    key = JsonReading.readString(parser);
                } else {
                    parser.skipChildren();
                }
            }
            return new Tag(key);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Tag that && Objects.equals(key, that.key);
        }

        @Override
        public int hashCode() {
            return Objects.hashCode(key);
        }
    }

    /** A plain class of the user's that holds models. */
    public static final class Holder {
        public Tag one;
        public List<Tag> list;
        public Map<String, Tag> map;
    }

    /** Not a model of the package, but annotated as one. */
    @JsonDeserialize(using = Readers.class)
    public static final class Stranger {}

    @Test
    void writesThroughTheInterfaceAndReadsThroughThePackagesReaders() throws IOException {
        assertThat(mapper.writeValueAsString(new Tag("env"))).isEqualTo("{\"key\":\"env\"}");
        assertThat(mapper.writeValueAsString(new Tag(null))).isEqualTo("{}");
        assertThat(mapper.readValue("{\"key\":\"env\",\"other\":[1]}", Tag.class)).isEqualTo(new Tag("env"));
    }

    @Test
    void readsModelsInsidePropertiesListsAndMaps() throws IOException {
        Holder holder = mapper.readValue(
                "{\"one\":{\"key\":\"a\"},\"list\":[{\"key\":\"b\"},null],\"map\":{\"m\":{\"key\":\"c\"}}}", Holder.class);
        assertThat(holder.one).isEqualTo(new Tag("a"));
        assertThat(holder.list).isEqualTo(Arrays.asList(new Tag("b"), null));
        assertThat(holder.map).isEqualTo(Map.of("m", new Tag("c")));
        assertThat(mapper.readValue("[{\"key\":\"x\"}]", new TypeReference<List<Tag>>() {})).isEqualTo(List.of(new Tag("x")));
        assertThat(mapper.writeValueAsString(List.of(new Tag("x")))).isEqualTo("[{\"key\":\"x\"}]");
    }

    @Test
    void aClassThePackageDoesNotGenerateIsADefinitionError() {
        assertThatThrownBy(() -> mapper.readValue("{}", Stranger.class))
                .isInstanceOf(InvalidDefinitionException.class)
                .hasMessageContaining("reads only the generated models of its package");
    }
}
