package dev.ackgen.runtime.validation;

/** An IPv4 CIDR block, parsed strictly: four decimal octets without leading zeros, a prefix 0-32. */
final class Cidr {
    private final long first;
    private final long last;

    private Cidr(long first, long last) {
        this.first = first;
        this.last = last;
    }

    /** The block, or null when the text is not an IPv4 CIDR block. */
    static Cidr parse(String text) {
        if (text == null) {
            return null;
        }
        int slash = text.indexOf('/');
        if (slash < 0) {
            return null;
        }
        String[] octets = text.substring(0, slash).split("\\.", -1);
        if (octets.length != 4) {
            return null;
        }
        long address = 0;
        for (String octet : octets) {
            int value = decimal(octet, 255);
            if (value < 0) {
                return null;
            }
            address = (address << 8) | value;
        }
        int prefix = decimal(text.substring(slash + 1), 32);
        if (prefix < 0) {
            return null;
        }
        long size = 1L << (32 - prefix);
        long first = address & ~(size - 1) & 0xFFFF_FFFFL;
        return new Cidr(first, first + size - 1);
    }

    boolean overlaps(Cidr other) {
        return first <= other.last && other.first <= last;
    }

    /** A decimal number without sign or leading zeros, at most {@code max}; -1 if it is not one. */
    private static int decimal(String text, int max) {
        if (text.isEmpty() || text.length() > 3 || (text.length() > 1 && text.charAt(0) == '0')) {
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
        return value <= max ? value : -1;
    }
}
