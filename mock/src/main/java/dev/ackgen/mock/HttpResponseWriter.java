package dev.ackgen.mock;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Writes one HTTP/1.1 response with a {@code Content-Length} body, in a single write and flush:
 * one segment per small response, so no Nagle/delayed-ACK stall between head and body.
 */
final class HttpResponseWriter {
    private HttpResponseWriter() {}

    /** Writes the interim {@code 100 Continue} a client sending {@code Expect: 100-continue} waits for. */
    static void writeContinue(OutputStream out) throws IOException {
        out.write("HTTP/1.1 100 Continue\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
    }

    static void write(OutputStream out, MockResponse response, String requestId, boolean keepAlive,
            boolean headRequest) throws IOException {
        byte[] body = response.bodyBytes();
        StringBuilder head = new StringBuilder(256);
        head.append("HTTP/1.1 ").append(response.status()).append(' ').append(reason(response.status()))
                .append("\r\n");
        response.contentType().ifPresent(type -> head.append("Content-Type: ").append(type).append("\r\n"));
        if (response.status() != 204 && response.status() != 304) {
            head.append("Content-Length: ").append(body.length).append("\r\n");
        }
        head.append("x-acs-request-id: ").append(requestId).append("\r\n");
        response.headers().forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
        if (!keepAlive) {
            head.append("Connection: close\r\n");
        }
        head.append("\r\n");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(head.length() + body.length);
        bytes.writeBytes(head.toString().getBytes(StandardCharsets.ISO_8859_1));
        if (!headRequest) {
            bytes.writeBytes(body);
        }
        bytes.writeTo(out);
        out.flush();
    }

    private static String reason(int status) {
        switch (status) {
            case 200:
                return "OK";
            case 201:
                return "Created";
            case 202:
                return "Accepted";
            case 204:
                return "No Content";
            case 400:
                return "Bad Request";
            case 401:
                return "Unauthorized";
            case 403:
                return "Forbidden";
            case 404:
                return "Not Found";
            case 409:
                return "Conflict";
            case 413:
                return "Content Too Large";
            case 429:
                return "Too Many Requests";
            case 431:
                return "Request Header Fields Too Large";
            case 500:
                return "Internal Server Error";
            case 501:
                return "Not Implemented";
            case 502:
                return "Bad Gateway";
            case 503:
                return "Service Unavailable";
            case 504:
                return "Gateway Timeout";
            default:
                // The reason phrase is informative only (RFC 9112 4).
                return "Status";
        }
    }
}
