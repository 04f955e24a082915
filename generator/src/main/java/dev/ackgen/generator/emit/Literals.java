package dev.ackgen.generator.emit;

import com.palantir.javapoet.CodeBlock;
import java.util.ArrayList;
import java.util.List;

/**
 * String literals for text from the spec, which JavaPoet's {@code $S} alone does not always make
 * compile. JavaPoet leaves U+2028 and U+2029 raw in a literal and then breaks the line there (it
 * splits code at every Unicode line break), giving "unclosed string literal"; here they are written
 * as Unicode escapes. And the class file keeps a constant string in at most 65,535 bytes of modified
 * UTF-8: a longer one is written as {@code String.join("", chunk, chunk...)}, which is not a constant
 * expression (javac folds {@code "a" + "b"} into one constant and would still refuse it).
 */
public final class Literals {
    /** The most bytes (modified UTF-8) of one chunk: below the class file's 65,535, with room to spare. */
    static final int MAX_CHUNK_BYTES = 60_000;
    /** Text longer than this is written as a sum of literals that JavaPoet may break between. */
    private static final int LONG_LITERAL = 72;
    /** The most characters of one literal of such a sum. */
    private static final int PIECE = 60;

    private Literals() {}

    /** A {@code String} expression with this value: a literal, or a non-constant join of literals when too long. */
    public static CodeBlock string(String value) {
        if (fitsConstant(value)) {
            return value.length() > LONG_LITERAL ? concatenation(value) : constant(value);
        }
        CodeBlock.Builder join = CodeBlock.builder().add("$T.join($S", String.class, "");
        for (String chunk : chunks(value)) {
            join.add(", $L", quoted(chunk));
        }
        return join.add(")").build();
    }

    /**
     * A long text (a message, a description) as literals of at most {@link #PIECE} characters, cut
     * after a space and joined by {@code +}, where JavaPoet may break the line: javac folds them into
     * the one constant. Text without a space to cut at stays one literal.
     */
    private static CodeBlock concatenation(String value) {
        List<String> pieces = new ArrayList<>();
        int start = 0;
        while (value.length() - start > PIECE) {
            int cut = value.lastIndexOf(' ', start + PIECE - 1);
            if (cut <= start) {
                break;
            }
            pieces.add(value.substring(start, cut + 1));
            start = cut + 1;
        }
        pieces.add(value.substring(start));
        CodeBlock.Builder sum = CodeBlock.builder();
        for (int i = 0; i < pieces.size(); i++) {
            sum.add(i == 0 ? "$L" : "$W+ $L", constant(pieces.get(i)));
        }
        return sum.build();
    }

    /**
     * A constant {@code String} expression with this value, for where Java needs a constant (a
     * {@code case} label); it does not compile when {@link #fitsConstant} is false.
     */
    public static CodeBlock constant(String value) {
        return needsEscapes(value) ? CodeBlock.of("$L", quoted(value)) : CodeBlock.of("$S", value);
    }

    /** Whether the value fits one constant of the class file (65,535 bytes of modified UTF-8). */
    public static boolean fitsConstant(String value) {
        return value.length() <= MAX_CHUNK_BYTES / 3 || modifiedUtf8Length(value) <= 65_535;
    }

    /** Text for javadoc, where a Unicode line or paragraph separator would also break a line: a space. */
    public static String javadocText(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isUnicodeLineBreak(c)) {
                if (out == null) {
                    out = new StringBuilder(text.length()).append(text, 0, i);
                }
                out.append(' ');
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }

    /** Line breaks JavaPoet splits at and does not escape in {@code $S}: U+2028, U+2029 (and U+0085, which it does escape). */
    static boolean isUnicodeLineBreak(char c) {
        return c == '\u2028' || c == '\u2029' || c == '\u0085'
                || Character.getType(c) == Character.LINE_SEPARATOR || Character.getType(c) == Character.PARAGRAPH_SEPARATOR;
    }

    private static boolean needsEscapes(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (isUnicodeLineBreak(c) || Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    /** A double-quoted literal on one line, with every character that could break it escaped. */
    static String quoted(String value) {
        StringBuilder out = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\f' -> out.append("\\f");
                case '\r' -> out.append("\\r");
                default -> {
                    boolean pairedSurrogate = Character.isHighSurrogate(c) && i + 1 < value.length()
                            && Character.isLowSurrogate(value.charAt(i + 1));
                    if (pairedSurrogate) {
                        out.append(c).append(value.charAt(++i));
                    } else if (Character.isISOControl(c) || isUnicodeLineBreak(c) || Character.isSurrogate(c)) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    /** Pieces of at most {@link #MAX_CHUNK_BYTES} each, never splitting a surrogate pair. */
    static List<String> chunks(String value) {
        List<String> chunks = new ArrayList<>();
        int start = 0;
        int bytes = 0;
        for (int i = 0; i < value.length(); i++) {
            int size = modifiedUtf8Length(value.charAt(i));
            boolean pairEnd = Character.isLowSurrogate(value.charAt(i)) && i > start && Character.isHighSurrogate(value.charAt(i - 1));
            if (bytes + size > MAX_CHUNK_BYTES && !pairEnd) {
                chunks.add(value.substring(start, i));
                start = i;
                bytes = 0;
            }
            bytes += size;
        }
        chunks.add(value.substring(start));
        return chunks;
    }

    static int modifiedUtf8Length(String value) {
        int bytes = 0;
        for (int i = 0; i < value.length(); i++) {
            bytes += modifiedUtf8Length(value.charAt(i));
        }
        return bytes;
    }

    private static int modifiedUtf8Length(char c) {
        if (c >= 0x0001 && c <= 0x007f) {
            return 1;
        }
        return c <= 0x07ff ? 2 : 3;
    }
}
