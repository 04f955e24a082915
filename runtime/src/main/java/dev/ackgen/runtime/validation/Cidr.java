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

    /** The block, or {@link #INVALID} when the text is not an IPv4 CIDR block. */
    static long parse(String text) {
        if (text == null) {
            return INVALID;
        }
        int length = text.length();
        int at = 0;
        long address = 0;
        for (int octet = 0; octet < 4; octet++) {
            int end = digitsEnd(text, at, 3);
            int value = decimal(text, at, end, 255);
            if (value < 0 || end >= length || text.charAt(end) != (octet < 3 ? '.' : '/')) {
                return INVALID;
            }
            address = (address << 8) | value;
            at = end + 1;
        }
        int end = digitsEnd(text, at, 2);
        int prefix = decimal(text, at, end, 32);
        return prefix < 0 || end != length ? INVALID : (address << 6) | prefix;
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

    /** Where the run of digits from {@code start} ends, looking at one more than {@code maxDigits} at most. */
    private static int digitsEnd(String text, int start, int maxDigits) {
        int end = start;
        while (end < text.length() && end - start <= maxDigits && text.charAt(end) >= '0' && text.charAt(end) <= '9') {
            end++;
        }
        return end;
    }

    /** The digits in [start, end) as a number without leading zeros, at most {@code max}; -1 if they are not one. */
    private static int decimal(String text, int start, int end, int max) {
        int digits = end - start;
        if (digits == 0 || digits > 3 || (digits > 1 && text.charAt(start) == '0')) {
            return -1;
        }
        int value = 0;
        for (int i = start; i < end; i++) {
            value = value * 10 + (text.charAt(i) - '0');
        }
        return value <= max ? value : -1;
    }
}
