package dev.ackgen.generator.emit;

/**
 * Wraps the lines of a comment that run past the column limit, at spaces, and between two
 * characters of Chinese or Japanese text (which has no spaces; a browser may show the line break
 * there as a space). A line is broken inside an inline tag ({@code {@code ...}},
 * {@code {@link ...}}) only when the tag alone is longer than the line, never inside an HTML tag,
 * nor before an {@code @} (which would start a block tag), nor inside {@code <pre>}. Short lines
 * are not joined, except that what a wrapped line runs over goes on with the next lines of its
 * paragraph. A token without a space longer than the limit (a URL, a JSON example) stays
 * whole on a line of its own: the only way a comment line can be longer than the limit. A
 * continuation of a block tag's text is indented by four spaces.
 */
final class JavadocWrap {
    private JavadocWrap() {}

    /** The comment's text with each line no wider than {@code width} where it can be broken. */
    static String wrap(JavadocText doc, int width) {
        String text = doc.text;
        if (text.indexOf('\n') == text.length() - 1 && doc.width(text) <= width) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 32);
        boolean pre = false;
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            String line = text.substring(start, end < 0 ? text.length() : end);
            boolean opensPre = line.contains("<pre");
            if (pre || opensPre || doc.width(line) <= width) {
                out.append(line);
            } else {
                // What runs over goes on with the next lines of the same paragraph, as a person
                // would rewrap it, rather than onto a short line of its own.
                while (end >= 0 && continuesParagraph(line, text, end + 1)) {
                    int next = text.indexOf('\n', end + 1);
                    String following = text.substring(end + 1, next < 0 ? text.length() : next);
                    line = line + " " + following.strip();
                    end = next;
                }
                wrapLine(doc, line, width, out);
            }
            int open = line.lastIndexOf("<pre");
            int close = line.lastIndexOf("</pre>");
            pre = open > close || (pre && close < 0);
            if (end < 0) {
                break;
            }
            out.append('\n');
            start = end + 1;
        }
        return out.toString();
    }

    /**
     * Whether the line starting at {@code from} goes on with the paragraph of {@code line}: text at
     * the same indentation, not a block tag, not HTML that starts a block, not empty.
     */
    private static boolean continuesParagraph(String line, String text, int from) {
        if (from >= text.length()) {
            return false;
        }
        int end = text.indexOf('\n', from);
        String next = text.substring(from, end < 0 ? text.length() : end);
        int indent = indent(line);
        int nextIndent = indent(next);
        if (next.isBlank() || nextIndent != indent) {
            return false;
        }
        char first = next.charAt(nextIndent);
        return first != '@' && first != '<' && !next.contains("<pre");
    }

    private static int indent(String line) {
        int indent = 0;
        while (indent < line.length() && line.charAt(indent) == ' ') {
            indent++;
        }
        return indent;
    }

    private static void wrapLine(JavadocText doc, String line, int width, StringBuilder out) {
        int indent = indent(line);
        String continuation = line.substring(0, indent) + (line.startsWith("@", indent) ? "    " : "");
        String prefix = "";
        String rest = line;
        while (true) {
            int available = width - prefix.length();
            if (doc.width(rest) <= available) {
                out.append(prefix).append(rest);
                return;
            }
            int from = prefix.isEmpty() ? indent : 0;
            int cut = breakAt(doc, rest, available, from, false);
            if (cut < 0 || doc.width(rest.substring(0, cut)) > available) {
                // A code literal or link longer than the line: broken at a space inside it, if it has one.
                int inside = breakAt(doc, rest, available, from, true);
                if (inside >= 0 && (cut < 0 || inside < cut)) {
                    cut = inside;
                }
            }
            if (cut < 0) {
                out.append(prefix).append(rest);
                return;
            }
            out.append(prefix).append(rest, 0, cut).append('\n');
            int next = cut;
            while (next < rest.length() && rest.charAt(next) == ' ') {
                next++;
            }
            rest = rest.substring(next);
            prefix = continuation;
        }
    }

    /**
     * Where to break the line: the last place it can be broken within {@code available} columns, or
     * the first place after them when there is none within, or -1 when there is none at all.
     */
    private static int breakAt(JavadocText doc, String line, int available, int from, boolean inside) {
        int best = -1;
        int depth = 0;
        boolean inTag = false;
        int width = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (i > from && (depth == 0 || (inside && c == ' ' && !afterTagName(line, i))) && !inTag && canBreakBefore(line, i)) {
                if (width <= available) {
                    best = i;
                } else {
                    return best >= 0 ? best : i;
                }
            }
            if (depth > 0) {
                depth += c == '{' ? 1 : c == '}' ? -1 : 0;
            } else if (c == '{' && line.startsWith("{@", i) && !line.startsWith("{@return ", i)) {
                // {@return ...} holds plain text, broken as any; its '}' is then passed over.
                depth = 1;
            } else if (inTag) {
                inTag = c != '>';
            } else if (c == '<' && i + 1 < line.length() && (Character.isLetter(line.charAt(i + 1)) || line.charAt(i + 1) == '/')) {
                inTag = true;
            }
            width += JavadocText.isToken(c) ? doc.width(c) : Character.isLowSurrogate(c) ? 0 : 1;
        }
        return width <= available ? -1 : best;
    }

    /** Whether the space at {@code i} follows an inline tag's name ("{@code|"): the text starts after it. */
    private static boolean afterTagName(String line, int i) {
        int tag = line.lastIndexOf("{@", i);
        return tag >= 0 && line.lastIndexOf(' ', i - 1) < tag;
    }

    private static boolean canBreakBefore(String line, int i) {
        char c = line.charAt(i);
        char previous = line.charAt(i - 1);
        if (c == ' ') {
            // A run of spaces breaks at its first; the next word must not start a block tag.
            int next = i;
            while (next < line.length() && line.charAt(next) == ' ') {
                next++;
            }
            return previous != ' ' && next < line.length() && line.charAt(next) != '@';
        }
        return previous != ' ' && c != '@' && !Character.isLowSurrogate(c)
                && (isCjk(previous) || isCjk(c)) && !closes(c) && !opens(previous);
    }

    private static boolean isCjk(char c) {
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL
                || (c >= '\u3000' && c <= '\u303F') || (c >= '\uFF00' && c <= '\uFFEF');
    }

    /** Punctuation that stays with the character before it. */
    private static boolean closes(char c) {
        return "，。、；：！？）】」』》〉”’．,.;:!?)]}%".indexOf(c) >= 0;
    }

    /** Punctuation that stays with the character after it. */
    private static boolean opens(char c) {
        return "（【「『《〈“‘([{".indexOf(c) >= 0;
    }
}
