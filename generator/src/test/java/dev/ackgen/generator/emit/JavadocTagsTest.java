package dev.ackgen.generator.emit;

import static org.assertj.core.api.Assertions.assertThat;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import java.io.IOException;
import javax.lang.model.element.Modifier;
import org.junit.jupiter.api.Test;

/** The block tags {@code javadoc -Xdoclint:all} asks for, said again from the comment. */
class JavadocTagsTest {

    @Test
    void theFirstSentenceIsThePhrase() {
        assertThat(JavadocTags.summary("The cluster ID.\n<p>JSON member <code>cluster_id</code>.\n")).isEqualTo("the cluster ID");
        assertThat(JavadocTags.summary("A builder with nothing set.\n")).isEqualTo("a builder with nothing set");
        assertThat(JavadocTags.summary("ID of the cluster, see <code>x</code>. More.")).isEqualTo("ID of the cluster, see <code>x</code>");
        assertThat(JavadocTags.summary("Returns the value if it is valid.\n\n@throws X if not\n")).isEqualTo("the value if it is valid");
        assertThat(JavadocTags.summary("<p>JSON member <code>a.b</code>, optional.\n")).isEqualTo("JSON member <code>a.b</code>, optional");
        assertThat(JavadocTags.summary("集群ID。更多")).isEqualTo("集群ID");
        assertThat(JavadocTags.summary("Deprecated. The timeout period. Unit: minutes.")).isEqualTo("the timeout period");
        assertThat(JavadocTags.summary("Deprecated.")).isEqualTo("deprecated");
        assertThat(JavadocTags.summary("An immutable dev.example.Tag with the values set so far.")).isEqualTo("an immutable Tag with the values set so far");
        assertThat(JavadocTags.summary("Indicates whether it is on.")).isEqualTo("whether it is on");
        // a sentence that ends inside an element is not cut in two
        assertThat(JavadocTags.summary("See <a href=\"x\">the doc. It</a> says")).isNull();
        assertThat(JavadocTags.summary("<ul>\n<li>a</li>\n</ul>\n")).isNull();
    }

    @Test
    void missingTagsAreAddedAndPresentOnesKept() {
        ClassName builder = ClassName.get("p", "Thing", "Builder");
        TypeSpec type = TypeSpec.classBuilder("Thing")
                .addMethod(MethodSpec.methodBuilder("getClusterId").addModifiers(Modifier.PUBLIC).returns(String.class)
                        .addJavadoc("The cluster ID.\n").addStatement("return null").build())
                .addMethod(MethodSpec.methodBuilder("read").addModifiers(Modifier.PUBLIC, Modifier.STATIC).returns(String.class)
                        .addParameter(ClassName.get("com.fasterxml.jackson.core", "JsonParser"), "parser").addException(IOException.class)
                        .addJavadoc("Reads the object.\n\n@param parser where it is\n").addStatement("return null").build())
                .addMethod(MethodSpec.methodBuilder("undocumented").addModifiers(Modifier.PUBLIC).returns(int.class).addStatement("return 0").build())
                .addType(TypeSpec.classBuilder("Builder").addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .addMethod(MethodSpec.methodBuilder("clusterId").addModifiers(Modifier.PUBLIC).returns(builder)
                                .addParameter(String.class, "clusterId").addJavadoc("The cluster ID.\n").addStatement("return this").build())
                        .build())
                .build();

        String source = JavaFiles.of("p", type).toString();

        // what the first sentence says is what is returned: {@return ...}, not the sentence and a tag repeating it
        assertThat(source).contains(
                "    /**\n     * {@return the cluster ID}\n     */\n    public String getClusterId()",
                "     * {@return the object}\n     *\n     * @param parser where it is\n     * @throws IOException if reading or writing the JSON fails\n",
                "         * The cluster ID.\n         *\n         * @param clusterId the cluster ID\n         * @return this builder\n");
        assertThat(source).doesNotContain("@param parser the parser").doesNotContain("* @return the").contains("    public int undocumented()");
        TypeSpec initialized = TypeSpec.classBuilder("Loaded").addStaticBlock(com.palantir.javapoet.CodeBlock.of("int x = 1;\n"))
                .addMethod(MethodSpec.methodBuilder("x").returns(int.class).addJavadoc("The x.\n").addStatement("return 1").build())
                .build();
        assertThat(JavadocTags.complete(initialized)).isSameAs(initialized);
        assertThat(JavadocTags.complete(TypeSpec.classBuilder("Plain").addJavadoc("Nothing to add.\n").build()).toString())
                .isEqualTo(TypeSpec.classBuilder("Plain").addJavadoc("Nothing to add.\n").build().toString());
    }

    /**
     * A tag counts where a line starts with it, after any line terminator a regular expression's
     * {@code (?m)^} knows, and only there: an '@' inside a line (an address, an inline tag) is none.
     */
    @Test
    void tagsAreFoundAtTheStartOfAnyLineAndOnlyThere() {
        TypeSpec type = TypeSpec.classBuilder("Thing")
                .addMethod(documented("a", "Mail user@example.com, see {@link Object}.\n@param x the x\n"))
                .addMethod(documented("b", "The first.\r@param x the x\u2028@return the b\n"))
                .addMethod(documented("c", "The first.\n  @param x indented, so text\n"))
                // as (?m)^@param\s+(\S+) did: the name may be on the next line
                .addMethod(documented("d", "@return\tthe d, first thing\n@param\nx on the next line\n"))
                .build();

        String source = JavaFiles.of("p", type).toString();

        assertThat(source).contains("Mail user@example.com, see {@link Object}.\n     * @param x the x\n     * @return mail user");
        assertThat(count(source, "@param x")).isEqualTo(4); // a's, b's, c's text and c's added tag; d's spans two lines
        assertThat(source).contains("{@return the first}\n     *   @param x indented, so text\n     *\n     * @param x the x\n     */");
        assertThat(count(source, "@return")).isEqualTo(4); // b's and d's kept, a's added, c's {@return} inline
    }

    /** {@return ...} only where "Returns" reads right before the sentence: a verb, Chinese, one word keep the tag. */
    @Test
    void theFirstSentenceBecomesTheInlineReturnOnlyWhereItReadsAsWhatIsReturned() {
        assertThat(JavadocTags.inlineReturn("A builder with nothing set.\n")).isEqualTo("{@return a builder with nothing set}\n");
        assertThat(JavadocTags.inlineReturn("Returns the value if it is valid.\n\n@throws X if not\n"))
                .isEqualTo("{@return the value if it is valid}\n\n@throws X if not\n");
        assertThat(JavadocTags.inlineReturn("Whether it is on. Off by default.\n")).isEqualTo("{@return whether it is on} Off by default.\n");
        assertThat(JavadocTags.inlineReturn("The label key\n<p>JSON member {@code key}.\n")).isEqualTo("{@return the label key}\n<p>JSON member {@code key}.\n");
        assertThat(JavadocTags.inlineReturn("Checks properties 1 to 50.\n")).isNull();
        assertThat(JavadocTags.inlineReturn("集群ID。更多\n")).isNull();
        assertThat(JavadocTags.inlineReturn("Deprecated. The timeout.\n")).isNull();
        assertThat(JavadocTags.inlineReturn("<p>The value.\n")).isNull();
        assertThat(JavadocTags.inlineReturn("The path /a/{id.\n")).isNull(); // {@return} needs balanced braces
        assertThat(JavadocTags.inlineReturn("The <a href=\"x\">doc. It</a> says\n")).isNull();
    }

    /**
     * Comments are wrapped at column 100, at spaces, never inside an inline tag that fits a line, and
     * their type references stay references (a simple name where the file imports the type).
     */
    @Test
    void commentsAreWrappedAtColumnOneHundredKeepingTheirTypeReferences() {
        String words = "word ".repeat(30).strip();
        ClassName list = ClassName.get("java.util", "List");
        TypeSpec type = TypeSpec.classBuilder("Thing")
                .addJavadoc("Holds a {@link $T}. " + words + " {@code a b c d e f g h} " + words + "\n", list)
                .addField(FieldSpec.builder(list, "items").addJavadoc("$L\n", words).build())
                .addMethod(MethodSpec.methodBuilder("get").addModifiers(Modifier.PUBLIC).returns(list)
                        .addJavadoc("The items of the thing, " + words + ".\n").addStatement("return null").build())
                .build();

        String source = JavaFiles.of("p", type).toString();

        assertThat(source.lines().mapToInt(String::length).max().orElseThrow()).isLessThanOrEqualTo(100);
        assertThat(source).contains("import java.util.List;", " * Holds a {@link List}. word", "{@code a b c d e f g h}",
                "    /**\n     * {@return the items of the thing, word word");
        assertThat(source.replaceAll("\\s*\\n\\s*\\*\\s*", " ")).contains("Holds a {@link List}. " + words + " {@code a b c d e f g h} " + words);
        assertThat(source).doesNotContain("java.util.List}").doesNotContain(" \n");
        // a literal longer than a line is broken at its spaces; a token without any stays whole
        String url = "https://example.com/" + "x".repeat(120);
        String broken = JavaFiles.of("p", TypeSpec.classBuilder("Long")
                .addJavadoc("See {@code " + words + "} and " + url + ".\n").build()).toString();
        assertThat(broken).contains(" * " + url + ".\n");
        assertThat(broken.lines().filter(line -> line.length() > 100)).containsExactly(" * " + url + ".");
    }

    /** What a wrapped line runs over goes on with the next line of its paragraph, not onto a line of its own. */
    @Test
    void theRestOfAWrappedLineGoesOnWithItsParagraph() {
        String first = "The thing its builder makes: turns each request into a call and hands it over "
                + "to the runtime, which";
        String source = JavaFiles.of("p", TypeSpec.classBuilder("Thing")
                .addJavadoc(first + "\nsigns and sends it.\n\n<p>Another paragraph.\n@see Object\n").build()).toString();

        assertThat(source).contains(
                " * The thing its builder makes: turns each request into a call and hands it over to the runtime,\n"
                        + " * which signs and sends it.\n"
                        + " *\n"
                        + " * <p>Another paragraph.\n"
                        + " * @see Object\n");
    }

    private static MethodSpec documented(String name, String javadoc) {
        return MethodSpec.methodBuilder(name).addModifiers(Modifier.PUBLIC).returns(String.class).addParameter(String.class, "x")
                .addJavadoc("$L", javadoc).addStatement("return x").build();
    }

    private static int count(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            count++;
        }
        return count;
    }
}
