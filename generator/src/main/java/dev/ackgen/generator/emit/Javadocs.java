package dev.ackgen.generator.emit;

import java.util.Locale;

/**
 * Turns spec text into javadoc that cannot break the file it is in: descriptions come from the
 * spec's authors, and may hold {@code *}{@code /}, {@code @}, HTML and backslash-u sequences.
 */
final class Javadocs {
    private Javadocs() {}

    /** The text as javadoc body, or "" for null or blank text. Ends with a newline when not empty. */
    static String of(String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        String normalized = text.replace("\r\n", "\n").replace('\r', '\n').strip();
        StringBuilder doc = new StringBuilder(normalized.length() + 16);
        for (int i = 0; i < normalized.length(); i++) {
            char c = normalized.charAt(i);
            switch (c) {
                case '&' -> doc.append("&amp;");
                case '<' -> doc.append("&lt;");
                case '>' -> doc.append("&gt;");
                // '@' would start a block tag or an inline tag; '*' followed by '/' would end the comment.
                case '@' -> doc.append("&#64;");
                case '/' -> doc.append(i > 0 && normalized.charAt(i - 1) == '*' ? "&#47;" : "/");
                // javac reads backslash-u escapes everywhere, comments included.
                case '\\' -> doc.append(i + 1 < normalized.length() && normalized.charAt(i + 1) == 'u' ? "&#92;" : "\\");
                case '\n' -> doc.append(i + 1 < normalized.length() && normalized.charAt(i + 1) == '\n' ? "\n<p>" : "\n");
                // JavaPoet breaks the line at U+2028 and U+2029 (javac would not): an entity keeps them.
                default -> doc.append((Character.isISOControl(c) && c != '\t') || Literals.isUnicodeLineBreak(c) ? String.format(Locale.ROOT, "&#%d;", (int) c) : String.valueOf(c));
            }
        }
        // Blank lines become paragraphs: collapse the runs this produced.
        String result = doc.toString().replace("\n<p>\n", "\n<p>");
        while (result.contains("\n<p>\n<p>")) {
            result = result.replace("\n<p>\n<p>", "\n<p>");
        }
        return result + "\n";
    }

    /** A literal for javadoc: {@code {@code text}} with the text escaped. */
    static String code(String text) {
        return "<code>" + of(text).strip() + "</code>";
    }
}
