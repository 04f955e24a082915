package dev.ackgen.runtime.credentials;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The INI dialect of {@code credentials.ini}: {@code [section]} lines, {@code key = value}
 * lines, comment lines starting with {@code #} or {@code ;}, comments after a value when preceded
 * by a space, and tab-indented lines continuing the previous value. Errors give the line number,
 * never the line, which may hold a secret.
 */
final class IniFile {
    private IniFile() {}

    /** Sections by name, each with its keys in file order; a later duplicate key wins. */
    static Map<String, Map<String, String>> parse(String text, String file) {
        Map<String, Map<String, String>> sections = new LinkedHashMap<>();
        Map<String, String> current = null;
        String lastKey = null;
        int number = 0;
        for (String line : text.split("\r?\n|\r", -1)) {
            number++;
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#") || trimmed.startsWith(";")) {
                continue;
            }
            if (trimmed.startsWith("[")) {
                String header = withoutComment(trimmed);
                if (!header.endsWith("]")) {
                    throw new IllegalArgumentException(file + " line " + number + ": a section header must end with ']'");
                }
                String name = header.substring(1, header.length() - 1).strip();
                current = sections.computeIfAbsent(name, n -> new LinkedHashMap<>());
                lastKey = null;
                continue;
            }
            if (line.startsWith("\t") && current != null && lastKey != null) {
                current.merge(lastKey, withoutComment(trimmed), (a, b) -> a + "\n" + b);
                continue;
            }
            int equals = trimmed.indexOf('=');
            if (equals <= 0) {
                throw new IllegalArgumentException(file + " line " + number + ": expected 'key = value'");
            }
            if (current == null) {
                throw new IllegalArgumentException(file + " line " + number + ": a value before any [section]");
            }
            lastKey = trimmed.substring(0, equals).strip();
            current.put(lastKey, withoutComment(trimmed.substring(equals + 1).strip()));
        }
        return sections;
    }

    /** The text up to a {@code #} or {@code ;} that follows whitespace. */
    private static String withoutComment(String text) {
        for (int i = 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c == '#' || c == ';') && Character.isWhitespace(text.charAt(i - 1))) {
                return text.substring(0, i).strip();
            }
        }
        return text.strip();
    }
}
