package dev.ackgen.bench;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The least a client can do: one keep-alive socket, a request written as one prepared byte array,
 * the response read into a reused buffer and only its status and length looked at. What one call
 * costs through it is, nearly all, what the mock server itself costs (reading, re-signing to
 * verify, logging, answering) plus the loopback round trip.
 */
final class RawSocketClient implements AutoCloseable {
    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;
    private final byte[] request;
    private final byte[] buffer = new byte[64 * 1024];

    /** Prepares a request with exactly these headers (host and content-length among them) and body. */
    RawSocketClient(int port, String method, String rawPath, Map<String, String> headers, byte[] body)
            throws IOException {
        StringBuilder head = new StringBuilder(1024).append(method).append(' ').append(rawPath).append(" HTTP/1.1\r\n");
        headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
        head.append("\r\n");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(head.toString().getBytes(StandardCharsets.ISO_8859_1));
        bytes.writeBytes(body);
        request = bytes.toByteArray();
        socket = new Socket(InetAddress.getByAddress(new byte[] {127, 0, 0, 1}), port);
        socket.setTcpNoDelay(true);
        in = socket.getInputStream();
        out = socket.getOutputStream();
    }

    /** Sends the request and reads the whole response; returns its status code. */
    int exchange() throws IOException {
        out.write(request);
        out.flush();
        int length = 0;
        int headEnd = -1;
        while (headEnd < 0) {
            int n = in.read(buffer, length, buffer.length - length);
            if (n < 0) {
                throw new EOFException("connection closed inside a response head");
            }
            int from = Math.max(0, length - 3);
            length += n;
            for (int i = from; i + 3 < length; i++) {
                if (buffer[i] == '\r' && buffer[i + 1] == '\n' && buffer[i + 2] == '\r' && buffer[i + 3] == '\n') {
                    headEnd = i + 4;
                    break;
                }
            }
        }
        int status = (buffer[9] - '0') * 100 + (buffer[10] - '0') * 10 + (buffer[11] - '0');
        int total = headEnd + contentLength(headEnd);
        while (length < total) {
            int n = in.read(buffer, length, total - length);
            if (n < 0) {
                throw new EOFException("connection closed inside a response body");
            }
            length += n;
        }
        return status;
    }

    /** The Content-Length of the head in buffer[0, headEnd), found without making strings. */
    private int contentLength(int headEnd) throws IOException {
        byte[] name = {'c', 'o', 'n', 't', 'e', 'n', 't', '-', 'l', 'e', 'n', 'g', 't', 'h', ':'};
        for (int line = 0; line < headEnd; ) {
            boolean match = line + name.length < headEnd;
            for (int k = 0; match && k < name.length; k++) {
                match = Character.toLowerCase(buffer[line + k]) == name[k];
            }
            if (match) {
                int value = 0;
                for (int i = line + name.length; buffer[i] != '\r'; i++) {
                    if (buffer[i] >= '0' && buffer[i] <= '9') {
                        value = value * 10 + (buffer[i] - '0');
                    }
                }
                return value;
            }
            while (line < headEnd && buffer[line] != '\n') {
                line++;
            }
            line++;
        }
        throw new IOException("response without Content-Length");
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
