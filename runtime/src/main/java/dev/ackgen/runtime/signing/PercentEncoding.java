package dev.ackgen.runtime.signing;

import java.nio.charset.StandardCharsets;

/**
 * Alibaba Cloud's percent-encoding: RFC 3986 with only the unreserved characters {@code A-Z a-z
 * 0-9 - _ . ~} left as they are and every other UTF-8 byte written as {@code %XX} with upper-case
 * hex. So a space is {@code %20} (never {@code +}), {@code *} is {@code %2A} and {@code ~} stays.
 * This is what the SDK's {@code percentEncode} ({@code URLEncoder.encode} followed by {@code + ->
 * %20}, {@code * -> %2A}, {@code %7E -> ~}) produces. A lone surrogate is encoded as {@code ?}
 * ({@code %3F}), as {@code String.getBytes(UTF_8)} and the SDK do.
 *
 * <p>A client that sends a request signed here must put the path on the wire as {@link
 * #encodePath} returns it: the signature covers that form.
 */
public final class PercentEncoding {
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private PercentEncoding() {}

    /** Percent-encodes one value (a path segment, a query key or a query value). */
    public static String encode(String value) {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        StringBuilder out = new StringBuilder(bytes.length + 16);
        for (byte b : bytes) {
            int c = b & 0xFF;
            if (isUnreserved(c)) {
                out.append((char) c);
            } else {
                out.append('%').append(HEX[c >> 4]).append(HEX[c & 0x0F]);
            }
        }
        return out.toString();
    }

    /**
     * Encodes an unencoded path segment by segment: every {@code /} stays a separator, everything
     * between is {@linkplain #encode encoded}. Empty segments (a trailing or doubled {@code /}) are
     * kept. The empty path becomes {@code /}, as in the SDK.
     */
    public static String encodePath(String path) {
        if (path.isEmpty()) {
            return "/";
        }
        StringBuilder out = new StringBuilder(path.length() + 16);
        int start = 0;
        while (true) {
            int slash = path.indexOf('/', start);
            if (slash < 0) {
                out.append(encode(path.substring(start)));
                return out.toString();
            }
            out.append(encode(path.substring(start, slash))).append('/');
            start = slash + 1;
        }
    }

    private static boolean isUnreserved(int c) {
        return (c >= 'A' && c <= 'Z')
                || (c >= 'a' && c <= 'z')
                || (c >= '0' && c <= '9')
                || c == '-'
                || c == '_'
                || c == '.'
                || c == '~';
    }
}
