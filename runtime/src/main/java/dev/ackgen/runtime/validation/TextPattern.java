package dev.ackgen.runtime.validation;

import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * A schema's {@code pattern}, compiled once and tested as {@link java.util.regex.Matcher#find()}
 * tests it. The patterns API specs use are mostly an anchored run of character classes, such as
 * {@code ^[A-Za-z0-9][A-Za-z0-9-]*$}: those are matched by a loop over the text's characters,
 * which allocates nothing and costs a fraction of a {@code Matcher}; any other pattern is left to
 * {@code java.util.regex}. Both give the same answer for every text (TextPatternTest compares them
 * on generated texts).
 *
 * <p>The loop takes a pattern of {@code ^}, then atoms, then {@code $}. An atom is a printable
 * ASCII letter, digit or escaped symbol, {@code \d}, {@code \w}, or a class of those and of ranges
 * between them, each with an optional greedy quantifier ({@code ?}, {@code *}, {@code +},
 * {@code {n}}, {@code {n,}}, {@code {n,m}}). Matching greedily is exact only when an atom that may
 * repeat a variable number of times shares no character with any atom after it, as then no match
 * needs it to give a character back; a pattern where one does is left to {@code java.util.regex}.
 */
public final class TextPattern {
    /** The characters that are not literal outside a class (the loop takes no other printable ASCII one unescaped). */
    private static final String METACHARACTERS = ".|?*+()[]{}^$\\";
    /** The most repetitions a quantifier of the loop may name; larger ones go to java.util.regex. */
    private static final int MAX_COUNT = 65_536;

    private final Pattern regex;
    /** Per atom, the characters 0-63 and 64-127 it accepts, as bit sets; null when {@link #regex} matches. */
    private final long[] low;
    private final long[] high;
    private final int[] min;
    private final int[] max;

    private TextPattern(Pattern regex, long[] low, long[] high, int[] min, int[] max) {
        this.regex = regex;
        this.low = low;
        this.high = high;
        this.min = min;
        this.max = max;
    }

    /**
     * The pattern; a {@link java.util.regex.PatternSyntaxException} when java.util.regex refuses it
     * (the generator has checked every pattern it writes).
     */
    public static TextPattern compile(String regex) {
        Pattern pattern = Pattern.compile(regex);
        Atoms atoms = Atoms.parse(regex);
        return atoms == null
                ? new TextPattern(pattern, null, null, null, null)
                : new TextPattern(null, atoms.low(), atoms.high(), atoms.min(), atoms.max());
    }

    /** Whether the pattern matches somewhere in the text, as {@link java.util.regex.Matcher#find()} says. */
    public boolean find(CharSequence text) {
        if (regex != null) {
            return regex.matcher(text).find();
        }
        int length = text.length();
        int at = 0;
        for (int atom = 0; atom < min.length; atom++) {
            int count = 0;
            while (count < max[atom] && at < length && accepts(atom, text.charAt(at))) {
                at++;
                count++;
            }
            if (count < min[atom]) {
                return false;
            }
        }
        return at == length || endsBeforeFinalLineTerminator(text, at, length);
    }

    /** Whether the loop matches (for tests): false when java.util.regex does. */
    boolean isLoop() {
        return regex == null;
    }

    private boolean accepts(int atom, char c) {
        return c < 64 ? (low[atom] & (1L << c)) != 0 : c < 128 && (high[atom] & (1L << (c - 64))) != 0;
    }

    /**
     * java.util.regex's {@code $} without MULTILINE also matches before a line terminator that ends
     * the input ({@code \n}, {@code \r\n}, {@code \r}, U+0085, U+2028, U+2029), never between
     * {@code \r} and {@code \n}.
     */
    private static boolean endsBeforeFinalLineTerminator(CharSequence text, int at, int length) {
        if (at == length - 2) {
            return text.charAt(at) == '\r' && text.charAt(at + 1) == '\n';
        }
        if (at != length - 1) {
            return false;
        }
        char c = text.charAt(at);
        if (c == '\n') {
            return at == 0 || text.charAt(at - 1) != '\r';
        }
        return c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    /** The atoms of a pattern the loop can match, parsed; null for any other pattern. */
    private record Atoms(long[] low, long[] high, int[] min, int[] max) {
        static Atoms parse(String regex) {
            if (regex.length() < 2 || regex.charAt(0) != '^' || regex.charAt(regex.length() - 1) != '$') {
                return null;
            }
            Parser parser = new Parser(regex.substring(1, regex.length() - 1));
            return parser.atoms();
        }
    }

    /** Reads the text between {@code ^} and {@code $}; gives up (null) at the first thing it does not know. */
    private static final class Parser {
        private final String body;
        private int at;

        Parser(String body) {
            this.body = body;
        }

        Atoms atoms() {
            int capacity = body.length();
            long[] low = new long[capacity];
            long[] high = new long[capacity];
            int[] min = new int[capacity];
            int[] max = new int[capacity];
            int count = 0;
            while (at < body.length()) {
                long[] set = atom();
                if (set == null) {
                    return null;
                }
                int[] bounds = quantifier();
                if (bounds == null) {
                    return null;
                }
                low[count] = set[0];
                high[count] = set[1];
                min[count] = bounds[0];
                max[count] = bounds[1];
                count++;
            }
            for (int i = 0; i < count; i++) {
                for (int j = i + 1; j < count && min[i] != max[i]; j++) {
                    if ((low[i] & low[j]) != 0 || (high[i] & high[j]) != 0) {
                        return null;
                    }
                }
            }
            return new Atoms(Arrays.copyOf(low, count), Arrays.copyOf(high, count),
                    Arrays.copyOf(min, count), Arrays.copyOf(max, count));
        }

        /** One atom's characters as {low, high} bit sets, or null. */
        private long[] atom() {
            char c = body.charAt(at);
            if (c == '[') {
                at++;
                return characterClass();
            }
            if (c == '\\') {
                return escape();
            }
            at++;
            return c >= 0x20 && c <= 0x7E && METACHARACTERS.indexOf(c) < 0 ? single(c) : null;
        }

        /**
         * The class after {@code [}, up to its {@code ]}; null when empty, negated, nested, an
         * intersection, or with a range between other than two letters or two digits.
         */
        private long[] characterClass() {
            long[] set = {0, 0};
            boolean empty = true;
            while (at < body.length()) {
                if (body.charAt(at) == ']') {
                    at++;
                    return empty ? null : set;
                }
                empty = false;
                int from = classChar();
                if (from == -2) { // \d or \w
                    long[] shorthand = shorthand(body.charAt(at - 1));
                    set[0] |= shorthand[0];
                    set[1] |= shorthand[1];
                    continue;
                }
                if (from < 0) {
                    return null;
                }
                int to = from;
                if (at + 1 < body.length() && body.charAt(at) == '-' && body.charAt(at + 1) != ']') {
                    at++;
                    to = classChar();
                    if (to < from || !sameKind(from, to)) { // also a shorthand or an unknown character as a range's end
                        return null;
                    }
                }
                for (int ch = from; ch <= to; ch++) {
                    add(set, ch);
                }
            }
            return null; // no closing ]
        }

        /**
         * One character of a class: its code, -2 after {@code \d} or {@code \w}, -1 for anything
         * the loop does not take ({@code ^}, {@code [}, {@code &}, another escape, a character
         * outside printable ASCII).
         */
        private int classChar() {
            char c = body.charAt(at++);
            if (c == '\\') {
                if (at >= body.length()) {
                    return -1;
                }
                char escaped = body.charAt(at++);
                if (escaped == 'd' || escaped == 'w') {
                    return -2;
                }
                return isSymbol(escaped) ? escaped : -1;
            }
            if (c == '^' || c == '[' || c == ']' || c == '&' || c < 0x20 || c > 0x7E) {
                return -1;
            }
            return c;
        }

        /** An escape outside a class: {@code \d}, {@code \w} or an escaped symbol. */
        private long[] escape() {
            if (at + 1 >= body.length()) {
                return null;
            }
            char escaped = body.charAt(at + 1);
            at += 2;
            if (escaped == 'd' || escaped == 'w') {
                return shorthand(escaped);
            }
            return isSymbol(escaped) ? single(escaped) : null;
        }

        /** {min, max} of the quantifier here (none is {1, 1}), or null for a lazy, possessive or unknown one. */
        private int[] quantifier() {
            int[] bounds;
            if (at >= body.length()) {
                return new int[] {1, 1};
            }
            switch (body.charAt(at)) {
                case '?' -> bounds = new int[] {0, 1};
                case '*' -> bounds = new int[] {0, Integer.MAX_VALUE};
                case '+' -> bounds = new int[] {1, Integer.MAX_VALUE};
                case '{' -> {
                    int close = body.indexOf('}', at);
                    if (close < 0) {
                        return null;
                    }
                    bounds = counts(body.substring(at + 1, close));
                    if (bounds == null) {
                        return null;
                    }
                    at = close;
                }
                default -> {
                    return new int[] {1, 1};
                }
            }
            at++;
            if (at < body.length() && (body.charAt(at) == '?' || body.charAt(at) == '+')) {
                return null;
            }
            return bounds;
        }

        /** {@code n}, {@code n,} or {@code n,m} as {min, max}; null when malformed or too large. */
        private static int[] counts(String text) {
            int comma = text.indexOf(',');
            String first = comma < 0 ? text : text.substring(0, comma);
            int min = number(first);
            if (min < 0) {
                return null;
            }
            if (comma < 0) {
                return new int[] {min, min};
            }
            String second = text.substring(comma + 1);
            if (second.isEmpty()) {
                return new int[] {min, Integer.MAX_VALUE};
            }
            int max = number(second);
            return max < min ? null : new int[] {min, max};
        }

        /** A decimal number up to {@link #MAX_COUNT}; -1 otherwise. */
        private static int number(String text) {
            if (text.isEmpty() || text.length() > 5) {
                return -1;
            }
            int value = 0;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c < '0' || c > '9') {
                    return -1;
                }
                value = value * 10 + (c - '0');
            }
            return value <= MAX_COUNT ? value : -1;
        }

        /** Whether both ends of a range are digits, lower-case or upper-case letters. */
        private static boolean sameKind(int from, int to) {
            return (from >= '0' && to <= '9') || (from >= 'a' && to <= 'z') || (from >= 'A' && to <= 'Z');
        }

        /** A printable ASCII character that is neither a letter, a digit nor a space: an escape of it is the character itself. */
        private static boolean isSymbol(char c) {
            return c > 0x20 && c <= 0x7E && !Character.isLetterOrDigit(c);
        }

        private static long[] shorthand(char letter) {
            long[] set = {0, 0};
            for (int c = '0'; c <= '9'; c++) {
                add(set, c);
            }
            if (letter == 'w') {
                for (int c = 'a'; c <= 'z'; c++) {
                    add(set, c);
                    add(set, Character.toUpperCase(c));
                }
                add(set, '_');
            }
            return set;
        }

        private static long[] single(char c) {
            long[] set = {0, 0};
            add(set, c);
            return set;
        }

        private static void add(long[] set, int c) {
            if (c < 64) {
                set[0] |= 1L << c;
            } else {
                set[1] |= 1L << (c - 64);
            }
        }
    }
}
