package dev.ackgen.runtime.validation;

import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The checks generated validators call that are more than one expression of plain Java. They are
 * here, once, rather than copied into every generated validator.
 */
public final class Checks {
    private static final int QUOTE_LIMIT = 64;

    /** What {@link #cidrBlock} returns for a value that is null or not an IPv4 CIDR block. */
    public static final long NOT_A_CIDR_BLOCK = Cidr.INVALID;

    private Checks() {}

    /**
     * Whether a value counts as "set" for cross-field rules: not null, and not an empty string,
     * array or map. A caller who sends {@code "vpcid": ""} has left the VPC blank.
     */
    public static boolean isSet(Object value) {
        if (value == null) {
            return false;
        }
        if (value instanceof CharSequence text) {
            return text.length() > 0;
        }
        if (value instanceof Collection<?> collection) {
            return !collection.isEmpty();
        }
        if (value instanceof Map<?, ?> map) {
            return !map.isEmpty();
        }
        return true;
    }

    /** How many of the two are set: as {@link #countSet(Object...)}, without an array (most rules name two). */
    public static int countSet(Object first, Object second) {
        return (isSet(first) ? 1 : 0) + (isSet(second) ? 1 : 0);
    }

    /** How many of the three are set: as {@link #countSet(Object...)}, without an array. */
    public static int countSet(Object first, Object second, Object third) {
        return countSet(first, second) + (isSet(third) ? 1 : 0);
    }

    /** How many of the values are set, in the sense of {@link #isSet(Object)}. */
    public static int countSet(Object... values) {
        int count = 0;
        for (Object value : values) {
            if (isSet(value)) {
                count++;
            }
        }
        return count;
    }

    /** Whether one of the two is set and the other not: as {@link #isPartlySet(Object...)}, without an array. */
    public static boolean isPartlySet(Object first, Object second) {
        return countSet(first, second) == 1;
    }

    /** Whether some of the values are set but not all of them ({@code allOrNone} rules). */
    public static boolean isPartlySet(Object... values) {
        int count = countSet(values);
        return count > 0 && count < values.length;
    }

    /** The length as JSON Schema counts it: in code points, not UTF-16 units. */
    /**
     * Whether a path parameter's value fills exactly one path segment: its text is not empty, not
     * {@code .} or {@code ..}, and holds no {@code /} (what {@code ApiCall.Builder.pathParameter}
     * refuses).
     */
    public static boolean isPathSegment(Object value) {
        String text = String.valueOf(value);
        return !text.isEmpty() && text.indexOf('/') < 0 && !text.equals(".") && !text.equals("..");
    }

    public static int length(String value) {
        return value.codePointCount(0, value.length());
    }

    /**
     * How many of the four character classes the text uses: upper-case letters, lower-case
     * letters, digits, and anything else (special characters).
     */
    public static int characterClasses(String value) {
        boolean upper = false;
        boolean lower = false;
        boolean digit = false;
        boolean other = false;
        for (int i = 0; i < value.length(); ) {
            int c = value.codePointAt(i);
            i += Character.charCount(c);
            if (c < 0x80) { // ASCII, as most passwords are: no table lookups
                upper |= c >= 'A' && c <= 'Z';
                lower |= c >= 'a' && c <= 'z';
                digit |= c >= '0' && c <= '9';
                other |= !(c >= 'A' && c <= 'Z') && !(c >= 'a' && c <= 'z') && !(c >= '0' && c <= '9');
            } else if (Character.isUpperCase(c)) {
                upper = true;
            } else if (Character.isLowerCase(c)) {
                lower = true;
            } else if (Character.isDigit(c)) {
                digit = true;
            } else {
                other = true;
            }
        }
        return (upper ? 1 : 0) + (lower ? 1 : 0) + (digit ? 1 : 0) + (other ? 1 : 0);
    }

    /** Whether the list holds two equal items (JSON Schema's {@code uniqueItems}). */
    public static boolean hasDuplicates(Collection<?> values) {
        Set<Object> seen = new HashSet<>();
        for (Object value : values) {
            if (!seen.add(value)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the text is an IPv4 CIDR block such as {@code 172.20.0.0/16}. */
    public static boolean isCidr(String value) {
        return Cidr.parse(value) != Cidr.INVALID;
    }

    /**
     * Whether two texts are CIDR blocks that share at least one address. Texts that are not CIDR
     * blocks do not overlap anything: their format is reported by its own rule.
     */
    public static boolean cidrsOverlap(String first, String second) {
        return blocksOverlap(cidrBlock(first), cidrBlock(second));
    }

    /**
     * The IPv4 CIDR block as one number, or {@link #NOT_A_CIDR_BLOCK}: a validator parses a value
     * once for both its {@code format: cidr} check and the rule that blocks must not overlap.
     */
    public static long cidrBlock(String value) {
        return Cidr.parse(value);
    }

    /** Whether two blocks from {@link #cidrBlock} share an address; false when either is not a block. */
    public static boolean blocksOverlap(long first, long second) {
        return first != NOT_A_CIDR_BLOCK && second != NOT_A_CIDR_BLOCK && Cidr.overlap(first, second);
    }

    /**
     * A value as text for comparing with a non-string enum's values: numbers without trailing
     * zeros ({@code 1.0} and {@code 1} are both "1"), anything else as {@code String.valueOf}.
     */
    public static String canonical(Object value) {
        if (value instanceof Double || value instanceof Float) {
            return new java.math.BigDecimal(value.toString()).stripTrailingZeros().toPlainString();
        }
        return String.valueOf(value);
    }

    /** One JSON Pointer segment for a map key (RFC 6901: {@code ~} and {@code /} escaped). */
    public static String pointerSegment(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }

    /**
     * The value in quotes for a message, cut to a readable length. Never call it with a secret;
     * generated validators do not.
     */
    public static String quote(Object value) {
        String text = String.valueOf(value);
        if (text.length() > QUOTE_LIMIT) {
            // Never cut between the two halves of a surrogate pair.
            int end = Character.isHighSurrogate(text.charAt(QUOTE_LIMIT - 1)) ? QUOTE_LIMIT - 1 : QUOTE_LIMIT;
            text = text.substring(0, end) + "...";
        }
        return '"' + text + '"';
    }
}
