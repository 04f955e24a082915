package dev.ackgen.generator.spec;

/**
 * One thing wrong with a spec, located as precisely as we can: the file, the line (0 when
 * unknown) and the JSON pointer of the offending node.
 */
public record SpecProblem(String file, int line, String pointer, String message) {

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(file);
        if (line > 0) {
            text.append(':').append(line);
        }
        if (pointer != null && !pointer.isEmpty()) {
            text.append(" at #").append(pointer);
        }
        return text.append(": ").append(message).toString();
    }
}
