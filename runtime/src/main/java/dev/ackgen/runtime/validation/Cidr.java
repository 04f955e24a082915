package dev.ackgen.runtime.validation;

/**
 * IPv4 CIDR blocks, parsed strictly: four decimal octets without leading zeros, a prefix 0-32.
 * A block is a {@code long} (the address in the high bits, the prefix in the low six), never an
 * object: a validator checks each CIDR field's format and then each pair for overlap, on every
 * request, and none of that should allocate.
 */
final class Cidr {
    /** What {@link #parse} returns for text that is not a block. */
    static final long INVALID = -1;

    private Cidr() {}

    /**
     * The block, or {@link #INVALID} when the text is not an IPv4 CIDR block. One pass over the
     * text, without a loop per number: five numbers (four octets and the prefix), each of one to
     * three digits without a leading zero, separated by {@code .}, {@code .}, {@code .} and
     * {@code /}.
     */
    static long parse(String text) {
        if (text == null) {
            return INVALID;
        }
        int length = text.length();
        long address = 0;
        int at = 0;
        for (int part = 0; part < 5; part++) {
            int value = digit(text, at, length);
            if (value < 0) {
                return INVALID;
            }
            at++;
            if (value != 0) { // after a leading zero, a digit fails the separator check below
                int next = digit(text, at, length);
                if (next >= 0) {
                    value = value * 10 + next;
                    at++;
                    next = digit(text, at, length);
                    if (next >= 0) {
                        value = value * 10 + next;
                        at++;
                    }
                }
            }
            if (part == 4) {
                return value > 32 || at != length ? INVALID : (address << 6) | value;
            }
            if (value > 255 || at == length || text.charAt(at) != (part < 3 ? '.' : '/')) {
                return INVALID; // also a fourth digit, or a digit after a leading zero
            }
            address = (address << 8) | value;
            at++;
        }
        return INVALID;
    }

    /** The digit at {@code at}, or -1 when there is none. */
    private static int digit(String text, int at, int length) {
        if (at >= length) {
            return -1;
        }
        int digit = text.charAt(at) - '0';
        return digit >= 0 && digit <= 9 ? digit : -1;
    }

    /** Whether two blocks share an address. */
    static boolean overlap(long a, long b) {
        return first(a) <= last(b) && first(b) <= last(a);
    }

    private static long first(long block) {
        return (block >>> 6) & ~(size(block) - 1);
    }

    private static long last(long block) {
        return first(block) + size(block) - 1;
    }

    private static long size(long block) {
        return 1L << (32 - (block & 0x3F));
    }
}
