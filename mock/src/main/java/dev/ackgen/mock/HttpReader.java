package dev.ackgen.mock;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads HTTP/1.x requests from a connection: the head, then the body by {@code Content-Length} or
 * {@code Transfer-Encoding: chunked}. Separate steps, so that the server can act on the head (a
 * fault that drops the connection before the body) before it reads the body. Sizes are bounded so
 * that a broken client cannot exhaust the test JVM's memory.
 */
final class HttpReader {
    static final int MAX_LINE = 16 * 1024;
    static final int MAX_HEADERS = 200;
    static final int MAX_BODY = 32 * 1024 * 1024;

    private HttpReader() {}

    /**
     * The next request head, or empty when the client closed the connection between requests.
     *
     * @throws EOFException when the connection closes inside a head
     */
    static Optional<HttpRequestHead> readHead(InputStream in) throws IOException, MalformedRequestException {
        String requestLine = readLine(in, true);
        // RFC 9112 2.2: a server should ignore at least one empty line before the request line.
        while (requestLine != null && requestLine.isEmpty()) {
            requestLine = readLine(in, true);
        }
        if (requestLine == null) {
            return Optional.empty();
        }
        String[] parts = requestLine.split(" ", -1);
        if (parts.length != 3 || !isToken(parts[0]) || parts[1].isEmpty()
                || !(parts[2].equals("HTTP/1.1") || parts[2].equals("HTTP/1.0"))) {
            throw new MalformedRequestException(400, "BadRequest", "malformed request line");
        }
        HttpRequestHead head = new HttpRequestHead(parts[0], parts[1], parts[2]);
        for (int count = 0; ; count++) {
            String line = readLine(in, false);
            if (line.isEmpty()) {
                return Optional.of(head);
            }
            if (count == MAX_HEADERS) {
                throw new MalformedRequestException(431, "BadRequest", "more than " + MAX_HEADERS + " headers");
            }
            if (line.charAt(0) == ' ' || line.charAt(0) == '\t') {
                throw new MalformedRequestException(400, "BadRequest", "obsolete header line folding");
            }
            int colon = line.indexOf(':');
            String name = colon < 0 ? "" : line.substring(0, colon);
            if (!isToken(name)) {
                throw new MalformedRequestException(400, "BadRequest", "malformed header line");
            }
            head.addHeader(name, line.substring(colon + 1).strip());
        }
    }

    /** The body of the request with this head: empty when it declares none. */
    static byte[] readBody(InputStream in, HttpRequestHead head) throws IOException, MalformedRequestException {
        Optional<String> transferEncoding = head.header("transfer-encoding");
        if (transferEncoding.isPresent()) {
            String codings = transferEncoding.get().toLowerCase(Locale.ROOT).strip();
            if (!codings.equals("chunked")) {
                throw new MalformedRequestException(501, "NotImplemented",
                        "transfer coding other than chunked: " + codings);
            }
            return readChunked(in);
        }
        Optional<String> contentLength = head.header("content-length");
        if (contentLength.isEmpty()) {
            return new byte[0];
        }
        long length = parseLength(contentLength.get());
        if (length > MAX_BODY) {
            throw new MalformedRequestException(413, "BadRequest", "body larger than " + MAX_BODY + " bytes");
        }
        byte[] body = in.readNBytes((int) length);
        if (body.length < length) {
            throw new EOFException("connection closed inside the body");
        }
        return body;
    }

    private static long parseLength(String value) throws MalformedRequestException {
        // Repeated Content-Length headers were joined with ','; they must agree (RFC 9112 6.3).
        long length = -1;
        for (String part : value.split(",", -1)) {
            String digits = part.strip();
            if (digits.isEmpty() || digits.length() > 18 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
                throw new MalformedRequestException(400, "BadRequest", "malformed Content-Length");
            }
            long parsed = Long.parseLong(digits);
            if (length >= 0 && parsed != length) {
                throw new MalformedRequestException(400, "BadRequest", "conflicting Content-Length headers");
            }
            length = parsed;
        }
        return length;
    }

    private static byte[] readChunked(InputStream in) throws IOException, MalformedRequestException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        while (true) {
            String line = readLine(in, false);
            int semicolon = line.indexOf(';');
            String size = (semicolon < 0 ? line : line.substring(0, semicolon)).strip();
            if (size.isEmpty() || size.length() > 7
                    || !size.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
                throw new MalformedRequestException(400, "BadRequest", "malformed chunk size");
            }
            int length = Integer.parseInt(size, 16);
            if (length == 0) {
                // Trailer fields, if any, are read and ignored.
                while (!readLine(in, false).isEmpty()) {
                    // skip
                }
                return body.toByteArray();
            }
            if (body.size() + (long) length > MAX_BODY) {
                throw new MalformedRequestException(413, "BadRequest", "body larger than " + MAX_BODY + " bytes");
            }
            byte[] chunk = in.readNBytes(length);
            if (chunk.length < length) {
                throw new EOFException("connection closed inside a chunk");
            }
            body.write(chunk, 0, chunk.length);
            if (!readLine(in, false).isEmpty()) {
                throw new MalformedRequestException(400, "BadRequest", "chunk not followed by CRLF");
            }
        }
    }

    /**
     * One line without its CRLF (a bare LF is accepted too), as Latin-1.
     *
     * @param eofAllowed whether the connection may close before the line's first byte; if so,
     *     that gives {@code null}
     */
    private static String readLine(InputStream in, boolean eofAllowed) throws IOException, MalformedRequestException {
        StringBuilder line = new StringBuilder(64);
        while (true) {
            int b = in.read();
            if (b < 0) {
                if (eofAllowed && line.length() == 0) {
                    return null;
                }
                throw new EOFException("connection closed inside a line");
            }
            if (b == '\n') {
                int end = line.length();
                if (end > 0 && line.charAt(end - 1) == '\r') {
                    line.setLength(end - 1);
                }
                return line.toString();
            }
            if (line.length() == MAX_LINE) {
                throw new MalformedRequestException(431, "BadRequest", "line longer than " + MAX_LINE + " bytes");
            }
            line.append((char) b);
        }
    }

    private static boolean isToken(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c <= ' ' || c >= 0x7F || "\"(),/:;<=>?@[\\]{}".indexOf(c) >= 0) {
                return false;
            }
        }
        return true;
    }
}
