package dev.ackgen.generator.emit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link Memo} computes a recurring text once, null results included, and holds only so much. */
class MemoTest {
    private final List<String> computed = new ArrayList<>();
    private final Memo memo = new Memo(text -> {
        computed.add(text);
        return text == null || text.startsWith("none") ? null : text.toUpperCase();
    });

    @Test
    void aRecurringTextIsComputedOnceAndNullResultsCount() {
        assertThat(memo.apply("a")).isEqualTo("A");
        assertThat(memo.apply("a")).isEqualTo("A");
        assertThat(memo.apply("none")).isNull();
        assertThat(memo.apply("none")).isNull();
        assertThat(memo.apply(null)).isNull();
        assertThat(memo.apply(null)).isNull();
        assertThat(computed).containsExactly("a", "none", null);
    }

    @Test
    void theLeastRecentlyUsedGoesFirstAndLongTextsAreNotKept() {
        memo.apply("first");
        for (int i = 0; i < Memo.CAPACITY; i++) {
            memo.apply("text " + i);
            memo.apply("first"); // used again each time: stays
        }
        memo.apply("text 0"); // the least recently used of all, pushed out by the last one
        assertThat(computed.stream().filter("first"::equals)).hasSize(1);
        assertThat(computed.stream().filter("text 0"::equals)).hasSize(2);

        String longText = "x".repeat(Memo.LONGEST + 1);
        memo.apply(longText);
        memo.apply(longText);
        assertThat(computed.stream().filter(longText::equals)).hasSize(2);
    }
}
