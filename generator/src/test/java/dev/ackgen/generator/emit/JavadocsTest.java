package dev.ackgen.generator.emit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Spec descriptions are Markdown: {@link Javadocs} renders them to HTML that javadoc's doclint
 * accepts, and that cannot break the comment it is in. Examples like those of the CS API's spec.
 */
class JavadocsTest {

    @Test
    void plainTextStartsTheCommentAndBlankLinesMakeParagraphs() {
        assertThat(Javadocs.of("The cluster ID.")).isEqualTo("The cluster ID.\n");
        assertThat(Javadocs.of("First line.\nSame paragraph.\n\n\n\nSecond paragraph.\r\n\r\nThird."))
                .isEqualTo("First line.\nSame paragraph.\n<p>Second paragraph.</p>\n<p>Third.</p>\n");
        assertThat(Javadocs.of(null)).isEmpty();
        assertThat(Javadocs.of(" \n\n ")).isEmpty();
    }

    @Test
    void blocksKeepTheFirstParagraphsTag() {
        assertThat(Javadocs.blocks("More.\n\nAnd more.")).isEqualTo("<p>More.</p>\n<p>And more.</p>\n");
        assertThat(Javadocs.blocks("- a\n- b")).isEqualTo("<ul>\n<li>a</li>\n<li>b</li>\n</ul>\n");
        assertThat(Javadocs.blocks(null)).isEmpty();
    }

    @Test
    void linksAreAnchorsWithoutAttributesDoclintRejects() {
        assertThat(Javadocs.of("See [Create a cluster](https://help.aliyun.com/document_detail/86488.html?a=1&b=2 \"title\")."))
                .isEqualTo("See <a href=\"https://help.aliyun.com/document_detail/86488.html?a=1&amp;b=2\">Create a cluster</a>.\n");
        assertThat(Javadocs.of("Call [DescribeClusters](~~87116~~) first."))
                .isEqualTo("Call <a href=\"~~87116~~\">DescribeClusters</a> first.\n");
        assertThat(Javadocs.of("<https://cs.aliyuncs.com>")).isEqualTo("<a href=\"https://cs.aliyuncs.com\">https://cs.aliyuncs.com</a>\n");
        // an unsafe URL is dropped, and the link is its text
        assertThat(Javadocs.of("[click](javascript:alert(1)) here")).isEqualTo("click here\n");
        // an image is a link to it: no <img>, which needs alt text and is a void tag
        assertThat(Javadocs.of("![diagram](https://x.example/a.png)")).isEqualTo("<a href=\"https://x.example/a.png\">diagram</a>\n");
    }

    @Test
    void codeSpansAreEscapedAndCannotEndTheComment() {
        // {@code} shows its text as it is; <code>, escaped, only where {@code} cannot hold the text
        assertThat(Javadocs.of("Set `cron: */5 * * * *` and `user@example.com`, not `<none>` or `{\"a\": {}}`."))
                .isEqualTo("Set <code>cron: *&#47;5 * * * *</code> and {@code user@example.com}, not {@code <none>} or {@code {\"a\": {}}}.\n");
        assertThat(Javadocs.of("Use `{region}` or `}{`, `{`, `a\\u0041`, `a & b` and `` ` ``."))
                .isEqualTo("Use {@code {region}} or <code>}{</code>, <code>{</code>, <code>a&#92;u0041</code>, {@code a & b} and {@code `}.\n");
        // a blank code span is dropped, and an empty paragraph with it
        assertThat(Javadocs.of("` `\n\nText")).isEqualTo("Text\n");
        // U+0000, which marks code spans inside the renderer, is text as CommonMark says: U+FFFD
        assertThat(Javadocs.of("a\u0000b `c`")).isEqualTo("a\uFFFDb {@code c}\n");
        assertThat(Javadocs.of("```json\n{\"a\": \"*/\"}\n```"))
                .isEqualTo("<pre><code class=\"language-json\">{\"a\": \"*&#47;\"}\n</code></pre>\n");
        // quotes are text, but not in an attribute
        assertThat(Javadocs.of("```a\"b\nsay \"hi\"\n```")).isEqualTo("<pre><code class=\"language-a&quot;b\">say \"hi\"\n</code></pre>\n");
    }

    @Test
    void listsAndEmphasis() {
        assertThat(Javadocs.of("Valid values:\n\n- `ManagedKubernetes`: an *ACK managed* cluster.\n- `Kubernetes`: a **dedicated** cluster.\n"))
                .isEqualTo("Valid values:\n<ul>\n<li>{@code ManagedKubernetes}: an <em>ACK managed</em> cluster.</li>\n"
                        + "<li>{@code Kubernetes}: a <strong>dedicated</strong> cluster.</li>\n</ul>\n");
        assertThat(Javadocs.of("1. one\n2. two")).isEqualTo("<ol>\n<li>one</li>\n<li>two</li>\n</ol>\n");
    }

    @Test
    void rawHtmlIsEscapedNotPassedThrough() {
        assertThat(Javadocs.of("Hello <script>alert(\"x\")</script> <b>bold</b>"))
                .isEqualTo("Hello &lt;script&gt;alert(\"x\")&lt;/script&gt; &lt;b&gt;bold&lt;/b&gt;\n");
        assertThat(Javadocs.of("<div>\n<p>block</p>\n</div>")).isEqualTo("&lt;div&gt;\n&lt;p&gt;block&lt;/p&gt;\n&lt;/div&gt;\n");
    }

    @Test
    void headingsAreBoldParagraphsAndTablesStayText() {
        assertThat(Javadocs.of("## Limits\n\nAt most 100.")).isEqualTo("<b>Limits</b>\n<p>At most 100.</p>\n");
        assertThat(Javadocs.of("Intro.\n\n### Notes\n")).isEqualTo("Intro.\n<p><b>Notes</b></p>\n");
        assertThat(Javadocs.of("| a | b |\n|---|---|\n| 1 | 2 |")).isEqualTo("| a | b |\n|---|---|\n| 1 | 2 |\n");
    }

    @Test
    void javadocTagsAndEscapesStayLiteralText() {
        assertThat(Javadocs.of("Use {@code x} and {@link Foo}. @deprecated no")).isEqualTo("Use {&#64;code x} and {&#64;link Foo}. &#64;deprecated no\n");
        assertThat(Javadocs.of("a \\u000a b \\\\u0041")).isEqualTo("a &#92;u000a b &#92;u0041\n");
        assertThat(Javadocs.of("line\u2028sep\u0007bell\u0085")).isEqualTo("line&#8232;sep&#7;bell&#133;\n");
        assertThat(Javadocs.of("hard  \nbreak\n\n---\n\nafter")).isEqualTo("hard<br>\nbreak\n<hr>\n<p>after</p>\n");
    }

    @Test
    void elementsLeftEmptyAreLeftOut() {
        // doclint flags an empty <p>: a link with neither text nor URL leaves its paragraph empty
        assertThat(Javadocs.of("a\n\n[]()\n\nb")).isEqualTo("a\n<p>b</p>\n");
        assertThat(Javadocs.of("# []()\n\nc")).isEqualTo("c\n");
        assertThat(Javadocs.of("[]()")).isEmpty();
        assertThat(Javadocs.of("```\n```")).isEmpty();
    }

    @Test
    void codeIsLiteralNotMarkdown() {
        assertThat(Javadocs.code("*a* `b` */ @c <d> \\u0041")).isEqualTo("<code>*a* `b` *&#47; &#64;c &lt;d&gt; &#92;u0041</code>");
        assertThat(Javadocs.code("*a* `b` @c <d> & {e}")).isEqualTo("{@code *a* `b` @c <d> & {e}}");
        assertThat(Javadocs.code(" a\nb ")).isEqualTo("<code>a\nb</code>");
        // nothing to show: doclint refuses an empty <code>, so the empty Java literal
        assertThat(Javadocs.code("")).isEqualTo("{@code \"\"}");
        assertThat(Javadocs.code("  ")).isEqualTo("{@code \"\"}");
        // U+0000 is a character here, not the renderer's mark of a code span
        assertThat(Javadocs.code("a\u0000b")).isEqualTo("<code>a&#0;b</code>");
    }

    /**
     * The plain-line shortcut must give what commonmark-java gives: every string of the CS API's
     * spec (descriptions, titles, examples), each also with characters put in front, inside and
     * behind it that could make it Markdown, compared both ways whenever the shortcut takes it.
     */
    @Test
    void plainLinesRenderAsCommonmarkRendersThem() throws IOException {
        List<String> texts = new ArrayList<>();
        JsonNode spec = new ObjectMapper().readTree(JavadocsTest.class.getResourceAsStream("/specs/ack-cs-2015-12-15.openapi.json"));
        collectStrings(spec, texts);
        List<String> probes = List.of("", " ", "  ", "    ", "\t", "\u3000", "\u00a0", "\u2028", "\u0000", "\"", "'", "&", "&amp;",
                "<b>", "*", "_", "`", "[x]", "![y]", "\\", "#", "# ", "> ", "- ", "+ ", "1. ", "1) ", "===", "---", "~~~", "```",
                "|", "@", "*/", "\\u0041", "http://a.example", "<http://a.example>", "。", "\r\n", "\n", "\n\n", "a  ");
        int plain = 0;
        int compared = 0;
        Random random = new Random(20261130);
        for (String text : texts) {
            List<String> variants = new ArrayList<>(List.of(text));
            for (int i = 0; i < 3; i++) {
                String probe = probes.get(random.nextInt(probes.size()));
                int at = text.isEmpty() ? 0 : random.nextInt(text.length() + 1);
                variants.add(probe + text);
                variants.add(text + probe);
                variants.add(text.substring(0, at) + probe + text.substring(at));
            }
            for (String variant : variants) {
                String markdown = variant.replace("\r\n", "\n").replace('\r', '\n');
                if (Javadocs.isPlainLine(markdown)) {
                    compared++;
                    assertThat(Javadocs.plainHtml(markdown)).as("%s", markdown).isEqualTo(Javadocs.renderedHtml(markdown));
                    if (variant == text) {
                        plain++;
                    }
                }
            }
        }
        // The shortcut is worth having only if most of the spec's texts take it.
        assertThat(texts).hasSizeGreaterThan(10_000);
        assertThat(plain).isGreaterThan(texts.size() / 2);
        assertThat(compared).isGreaterThan(texts.size());
    }

    private static void collectStrings(JsonNode node, List<String> texts) {
        if (node.isTextual()) {
            texts.add(node.textValue());
        }
        node.properties().forEach(member -> {
            texts.add(member.getKey());
            collectStrings(member.getValue(), texts);
        });
        if (node.isArray()) {
            node.forEach(item -> collectStrings(item, texts));
        }
    }
}
