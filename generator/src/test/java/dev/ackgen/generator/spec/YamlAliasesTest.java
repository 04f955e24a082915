package dev.ackgen.generator.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** YAML aliases are counted as they would expand, without expanding them. */
class YamlAliasesTest {
    /** Ten levels of nine aliases each: 9^10 nodes once expanded. */
    private static String billionLaughs() {
        List<String> lines = new ArrayList<>(List.of("openapi: 3.0.3", "info: {title: t, version: '1'}", "paths: {}",
                "x-a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]"));
        for (int i = 1; i < 10; i++) {
            lines.add("x-a" + i + ": &a" + i + " [" + String.join(", ", java.util.Collections.nCopies(9, "*a" + (i - 1))) + "]");
        }
        return String.join("\n", lines) + "\n";
    }

    @Test
    void aBillionLaughsIsRefusedAtTheAliasThatPassesTheLimitWithoutExpandingIt() {
        assertThatThrownBy(() -> SourceLocator.of("laughs.yaml", billionLaughs()))
                .isInstanceOfSatisfying(SpecException.class, e -> {
                    assertThat(e.problems()).hasSize(1);
                    SpecProblem problem = e.problems().get(0);
                    // 9 + 81 + ... + 9^7 passes a million at the 6th level's line (line 10).
                    assertThat(problem.line()).isEqualTo(10);
                    assertThat(problem.pointer()).startsWith("/x-a6/");
                    assertThat(problem.message()).contains("YAML aliases", "1000000 nodes");
                });
    }

    @Test
    void aSpecReusingAnchorsIsRead() throws SpecException {
        String text = """
                openapi: 3.0.3
                info: {title: t, version: '1'}
                x-ok: &ok {description: ok, headers: {a: {schema: {type: string}}}}
                x-list: &list [*ok, *ok, *ok]
                x-more: [*list, *list, *list, *ok]
                paths: {}
                """;
        assertThat(SourceLocator.of("anchors.yaml", text).line("/x-more")).isEqualTo(5);
    }

    @Test
    void anAliasCountsTheWholeNodeItsAnchorStandsFor() {
        YamlAliases aliases = new YamlAliases();
        aliases.node("big", false, true, 0); // &big [
        for (int i = 0; i < 999; i++) {
            aliases.node(null, false, false, 1);
        }
        aliases.end(0); // ]: 1,000 nodes
        for (int i = 0; i < 1_000; i++) {
            assertThat(aliases.node("big", true, false, 0)).isTrue();
        }
        assertThat(aliases.node("big", true, false, 0)).as("1,001,000 nodes added").isFalse();
    }
}
