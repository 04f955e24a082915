package dev.ackgen.generator.output;

/**
 * Writes a javadoc comment of one line of text on one line, as a careful person would, where
 * JavaPoet always spends three lines on it (an opening line, the text, a closing line). Only a comment whose
 * opening, text and closing lines are alone on their lines is joined, and only when the joined line
 * stays within the javadoc width; a block tag line ({@code @param}) is never joined, so comments
 * with tags keep their shape.
 */
final class OneLineComments {
    /** The width generated javadoc is wrapped at. */
    static final int WIDTH = 100;

    private OneLineComments() {}

    /** The text of a rendered Java file, with each one-line javadoc comment on one line. */
    static String join(String source) {
        StringBuilder out = new StringBuilder(source.length());
        int start = 0;
        int[] lines = new int[3];
        while (start < source.length()) {
            int end = lineEnd(source, start);
            String line = source.substring(start, end);
            int indent = indent(line);
            if (line.length() == indent + 3 && line.endsWith("/**") && end < source.length()) {
                lines[0] = end + 1;
                lines[1] = lineEnd(source, lines[0]);
                lines[2] = lines[1] < source.length() ? lineEnd(source, lines[1] + 1) : lines[1];
                String text = source.substring(lines[0], lines[1]);
                String close = lines[1] < source.length() ? source.substring(lines[1] + 1, lines[2]) : "";
                String prefix = line.substring(0, indent) + " * ";
                if (text.startsWith(prefix) && !text.startsWith(prefix + "@") && close.equals(line.substring(0, indent) + " */")) {
                    String joined = line.substring(0, indent) + "/** " + text.substring(prefix.length()) + " */";
                    if (joined.length() <= WIDTH) {
                        out.append(joined);
                        if (lines[2] < source.length()) {
                            out.append('\n');
                        }
                        start = lines[2] + 1;
                        continue;
                    }
                }
            }
            out.append(line);
            if (end < source.length()) {
                out.append('\n');
            }
            start = end + 1;
        }
        return out.toString();
    }

    private static int lineEnd(String source, int from) {
        int end = source.indexOf('\n', from);
        return end < 0 ? source.length() : end;
    }

    private static int indent(String line) {
        int i = 0;
        while (i < line.length() && line.charAt(i) == ' ') {
            i++;
        }
        return i;
    }
}
