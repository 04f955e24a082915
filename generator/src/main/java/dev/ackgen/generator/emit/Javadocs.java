package dev.ackgen.generator.emit;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * Turns spec text into javadoc that cannot break the file it is in: descriptions come from the
 * spec's authors, and may hold {@code *}{@code /}, {@code @}, HTML and backslash-u sequences.
 *
 * <p>Descriptions are CommonMark (OpenAPI says so, and the specs are written that way: links, code
 * spans, lists): commonmark-java renders them to HTML, with the spec's own HTML escaped rather than
 * passed through and unsafe link URLs dropped, in the subset of HTML that {@code javadoc -Xdoclint:all}
 * accepts (no headings, which would be out of sequence in a member's comment; no self-closing tags).
 * The HTML is then made safe inside a comment: no {@code @} (which could start a tag), no
 * {@code *}{@code /}, no backslash-u, no line or control character that javac or JavaPoet would read.
 */
final class Javadocs {
    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder()
            .escapeHtml(true)
            .sanitizeUrls(true)
            .softbreak("\n")
            .nodeRendererFactory(DoclintRenderer::new)
            .build();

    /** Descriptions recur (a property's getter and setter, nested types in several operations). */
    private static final Memo RENDERED = new Memo(Javadocs::render);
    /** Characters that can open a block at the start of a line. */
    private static final String BLOCK_START = "#>-+*=_~`<|";
    /** Characters that can start inline markup, an entity or an escape, or that the renderer escapes. */
    private static final String INLINE_SPECIAL = "\\`*_[]!<>&";

    /** Around a code span's text, hex-encoded, in the renderer's HTML: safe() writes it as {@link #inlineCode}. */
    private static final char CODE_SPAN = '\u0000';

    private static final Pattern EMPTY_ELEMENT = Pattern.compile("<(p|b|em|strong|code|pre|a|li|ul|ol|blockquote)(?:\\s[^>]*)?>\\s*</\\1>\n?");

    private Javadocs() {}

    /**
     * The Markdown text as javadoc body, or "" for null or blank text. Ends with a newline when not
     * empty. A first paragraph comes without {@code <p>}, so it starts the comment (and its first
     * sentence is the summary); later blocks are HTML blocks.
     */
    static String of(String text) {
        String html = html(text);
        // The first paragraph holds inline content only (the spec's HTML is escaped): its end tag is the first one.
        if (html.startsWith("<p>")) {
            int end = html.indexOf("</p>");
            html = html.substring("<p>".length(), end) + html.substring(end + "</p>".length());
        }
        return html.isBlank() ? "" : html.strip() + "\n";
    }

    /**
     * The Markdown text as javadoc blocks, for text that follows other text in a comment: a first
     * paragraph keeps its {@code <p>}. "" for null or blank text, else ends with a newline.
     */
    static String blocks(String text) {
        String html = html(text);
        return html.isBlank() ? "" : html.strip() + "\n";
    }

    /** A literal for javadoc, not read as Markdown: see {@link #inlineCode}. */
    static String code(String text) {
        return inlineCode(normalize(text == null ? "" : text).strip());
    }

    /**
     * The one place that says how generated javadoc marks code (the generator's own literals and the
     * spec's Markdown code spans alike): {@code {@code text}}, which shows the text as it is. It
     * falls back to {@code <code>} with the text HTML-escaped only where {@code {@code}} cannot hold
     * the text: braces that do not balance (the tag would end early, or never), or what a comment
     * cannot hold unescaped ({@code *}{@code /}, a backslash-u, a control or line-break character).
     * Text that is empty or white space is shown as its Java literal ({@code ""}). Code blocks stay
     * {@code <pre><code>}: a line of a block that starts with {@code @} would be read as a block tag
     * inside {@code {@code}}.
     */
    static String inlineCode(String literal) {
        if (literal.isBlank() && literal.length() < 40) {
            // Nothing to show (an enum value ""): doclint refuses an empty tag, so the Java literal.
            return "{@code " + Literals.string(literal).toString() + "}";
        }
        if (fitsCodeTag(literal)) {
            return "{@code " + literal + "}";
        }
        return "<code>" + safe(escapeHtml(literal)) + "</code>";
    }

    private static boolean fitsCodeTag(String literal) {
        if (literal.isBlank() || literal.contains("*/") || literal.contains("\\u")) {
            return false;
        }
        int depth = 0;
        for (int i = 0; i < literal.length(); i++) {
            char c = literal.charAt(i);
            depth += c == '{' ? 1 : c == '}' ? -1 : 0;
            if (depth < 0 || c < ' ' || c == 0x7f || Character.isISOControl(c) || Literals.isUnicodeLineBreak(c)) {
                return false;
            }
        }
        return depth == 0;
    }

    private static String html(String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        return RENDERED.apply(text);
    }

    private static String render(String text) {
        String markdown = normalize(text);
        // Most descriptions are one plain line: what commonmark-java would render, without parsing.
        return isPlainLine(markdown) ? plainHtml(markdown) : renderedHtml(markdown);
    }

    /** The HTML of a text for which {@link #isPlainLine} holds. */
    static String plainHtml(String markdown) {
        return safe("<p>" + markdown.strip() + "</p>\n");
    }

    /** The HTML commonmark-java renders for the Markdown text. */
    static String renderedHtml(String markdown) {
        // U+0000 marks a code span in the HTML (see safe); CommonMark reads it as U+FFFD anyway.
        return safe(plainQuotes(withoutEmptyElements(RENDERER.render(PARSER.parse(markdown.replace(CODE_SPAN, '\uFFFD'))))), true);
    }

    /**
     * Whether CommonMark reads the text as one paragraph of plain text and renders it as it is: one
     * line; no character that starts inline markup, an entity or an escape, or that the renderer
     * escapes (it escapes quotes too, but {@link #plainQuotes} takes them back); nothing at the start
     * that could open a block (heading, quote, list, rule, fence, indented code); no white space at
     * either end but trailing spaces, which CommonMark and {@link String#strip} both drop.
     */
    static boolean isPlainLine(String text) {
        int end = text.length();
        while (end > 0 && text.charAt(end - 1) == ' ') {
            end--;
        }
        if (end == 0) {
            return false;
        }
        char first = text.charAt(0);
        char last = text.charAt(end - 1);
        if (BLOCK_START.indexOf(first) >= 0 || (first >= '0' && first <= '9') || isSpace(first) || isSpace(last)) {
            return false;
        }
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            if (c < ' ' || c == 0x7f || INLINE_SPECIAL.indexOf(c) >= 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /**
     * The HTML without the elements left empty (a paragraph or heading holding only a link with
     * neither text nor URL, an empty code block): doclint flags an empty {@code <p>}.
     */
    private static String withoutEmptyElements(String html) {
        String result = html;
        for (String previous = null; !result.equals(previous); ) {
            previous = result;
            result = EMPTY_ELEMENT.matcher(result).replaceAll("");
        }
        return result;
    }

    /** The HTML with the quotes of its text as they are (commonmark-java writes {@code &quot;}, for attributes' sake). */
    private static String plainQuotes(String html) {
        StringBuilder result = new StringBuilder(html.length());
        boolean inTag = false;
        for (int i = 0; i < html.length(); i++) {
            char c = html.charAt(i);
            // The text's '<' and '>' are escaped: the only ones are the renderer's tags.
            inTag = c == '<' || (inTag && c != '>');
            if (!inTag && html.startsWith("&quot;", i)) {
                result.append('"');
                i += "&quot;".length() - 1;
            } else {
                result.append(c);
            }
        }
        return result.toString();
    }

    private static String normalize(String text) {
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }

    private static String escapeHtml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /**
     * HTML made safe in a comment: only what would be read as something else is replaced, by an
     * entity. Text that is not the renderer's holds no code span marks: a U+0000 there is a character.
     */
    private static String safe(String html) {
        return safe(html, false);
    }

    /** As {@link #safe(String)}; with {@code codeSpans}, each U+0000 pair is a marked code span. */
    private static String safe(String html, boolean codeSpans) {
        StringBuilder doc = new StringBuilder(html.length() + 16);
        for (int i = 0; i < html.length(); i++) {
            char c = html.charAt(i);
            if (codeSpans && c == CODE_SPAN) {
                int end = html.indexOf(CODE_SPAN, i + 1);
                doc.append(inlineCode(fromHex(html.substring(i + 1, end))));
                i = end;
                continue;
            }
            switch (c) {
                // '@' would start a block tag or an inline tag; '*' followed by '/' would end the comment.
                case '@' -> doc.append("&#64;");
                case '/' -> doc.append(i > 0 && html.charAt(i - 1) == '*' ? "&#47;" : "/");
                // javac reads backslash-u escapes everywhere, comments included.
                case '\\' -> doc.append(i + 1 < html.length() && html.charAt(i + 1) == 'u' ? "&#92;" : "\\");
                case '\n', '\t' -> doc.append(c);
                // JavaPoet breaks the line at U+2028 and U+2029 (javac would not): an entity keeps them.
                default -> doc.append(Character.isISOControl(c) || Literals.isUnicodeLineBreak(c)
                        ? String.format(Locale.ROOT, "&#%d;", (int) c) : String.valueOf(c));
            }
        }
        return doc.toString();
    }

    private static String hex(String text) {
        StringBuilder hex = new StringBuilder(text.length() * 4);
        for (int i = 0; i < text.length(); i++) {
            hex.append(String.format(Locale.ROOT, "%04x", (int) text.charAt(i)));
        }
        return hex.toString();
    }

    private static String fromHex(String hex) {
        StringBuilder text = new StringBuilder(hex.length() / 4);
        for (int i = 0; i + 4 <= hex.length(); i += 4) {
            text.append((char) Integer.parseInt(hex.substring(i, i + 4), 16));
        }
        return text.toString();
    }

    /**
     * Renders what commonmark-java would render as HTML that doclint rejects: a heading as a bold
     * paragraph (h1 to h6 in a member's comment are out of sequence), links without {@code rel}, an
     * image as a link to it (an {@code <img>} needs an alt text and is a void tag), line breaks and
     * rules without a self-closing slash; and code spans as {@link #inlineCode}.
     */
    private static final class DoclintRenderer implements NodeRenderer {
        private final HtmlNodeRendererContext context;
        private final HtmlWriter html;

        DoclintRenderer(HtmlNodeRendererContext context) {
            this.context = context;
            this.html = context.getWriter();
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(Heading.class, Link.class, Image.class, HardLineBreak.class, ThematicBreak.class, Code.class);
        }

        @Override
        public void render(Node node) {
            if (node instanceof Heading) {
                if (node.getFirstChild() == null) {
                    return;
                }
                html.line();
                html.raw("<p><b>");
                renderChildren(node);
                html.raw("</b></p>");
                html.line();
            } else if (node instanceof Link link) {
                anchor(context.urlSanitizer().sanitizeLinkUrl(link.getDestination()), link);
            } else if (node instanceof Image image) {
                anchor(context.urlSanitizer().sanitizeImageUrl(image.getDestination()), image);
            } else if (node instanceof HardLineBreak) {
                html.raw("<br>");
                html.line();
            } else if (node instanceof Code code) {
                // Marked, to be written as inlineCode once the rest of the HTML is safe; nothing when blank
                // (as an empty <code> was dropped, so that an empty paragraph goes too).
                if (!code.getLiteral().isBlank()) {
                    html.raw(CODE_SPAN + hex(code.getLiteral()) + CODE_SPAN);
                }
            } else if (node instanceof ThematicBreak) {
                html.line();
                html.raw("<hr>");
                html.line();
            }
        }

        /**
         * A link, or an image as a link to it: without the {@code rel} and {@code title} attributes
         * (doclint knows neither), with the URL as text when there is none, and as its text alone
         * when the URL is unsafe (the sanitizer leaves it empty, and doclint rejects an empty href).
         */
        private void anchor(String url, Node node) {
            boolean linked = url != null && !url.isBlank();
            if (linked) {
                html.tag("a", Map.of("href", context.encodeUrl(url)));
            }
            if (node.getFirstChild() == null) {
                html.text(url == null ? "" : url);
            } else {
                renderChildren(node);
            }
            if (linked) {
                html.tag("/a");
            }
        }

        private void renderChildren(Node parent) {
            Node child = parent.getFirstChild();
            while (child != null) {
                Node next = child.getNext();
                context.render(child);
                child = next;
            }
        }
    }
}
