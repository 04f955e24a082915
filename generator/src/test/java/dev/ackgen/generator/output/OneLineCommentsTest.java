package dev.ackgen.generator.output;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OneLineCommentsTest {

    @Test
    void aCommentOfOneLineIsWrittenOnOneLine() {
        String rendered = """
                package p;

                /**
                 * A tag.
                 */
                public final class Tag {
                    /**
                     * {@return the label key}
                     */
                    public String getKey() {
                        return key;
                    }
                }
                """;
        assertThat(OneLineComments.join(rendered)).isEqualTo("""
                package p;

                /** A tag. */
                public final class Tag {
                    /** {@return the label key} */
                    public String getKey() {
                        return key;
                    }
                }
                """);
    }

    @Test
    void commentsOfSeveralLinesOrWithTagsOrTooLongKeepTheirShape() {
        String several = "    /**\n     * First.\n     * Second.\n     */\n    int a;\n";
        String tag = "    /**\n     * @deprecated gone\n     */\n    int b;\n";
        String wide = "    /**\n     * " + "x".repeat(OneLineComments.WIDTH - 10) + "\n     */\n    int c;\n";
        String notAComment = "    String s = \"/**\";\n     * x\n     */\n";
        for (String text : new String[] {several, tag, wide, notAComment}) {
            assertThat(OneLineComments.join(text)).isEqualTo(text);
        }
        String fits = "    /**\n     * " + "x".repeat(OneLineComments.WIDTH - 11) + "\n     */\n";
        assertThat(OneLineComments.join(fits)).isEqualTo("    /** " + "x".repeat(OneLineComments.WIDTH - 11) + " */\n");
    }

    @Test
    void theLastLineAndAFileWithoutNewlineAtTheEndAreKept() {
        assertThat(OneLineComments.join("/**\n * A.\n */")).isEqualTo("/** A. */");
        assertThat(OneLineComments.join("int a;")).isEqualTo("int a;");
        assertThat(OneLineComments.join("")).isEmpty();
        assertThat(OneLineComments.join("a\n\nb\n")).isEqualTo("a\n\nb\n");
    }
}
