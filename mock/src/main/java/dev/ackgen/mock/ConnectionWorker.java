package dev.ackgen.mock;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.util.Optional;
import java.util.Set;

/**
 * Serves the requests of one keep-alive connection, one after the other, on one pooled thread.
 * Taking the fault after the head but before the body is what lets a fault drop the connection
 * either before the body or after it.
 */
final class ConnectionWorker implements Runnable {
    private final Socket socket;
    private final Set<Socket> open;
    private final FaultQueues faults;
    private final RequestProcessor processor;

    ConnectionWorker(Socket socket, Set<Socket> open, FaultQueues faults, RequestProcessor processor) {
        this.socket = socket;
        this.open = open;
        this.faults = faults;
        this.processor = processor;
    }

    @Override
    public void run() {
        try {
            InputStream in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
            OutputStream out = new BufferedOutputStream(socket.getOutputStream(), 16 * 1024);
            try {
                serve(in, out);
            } catch (MalformedRequestException e) {
                processor.answerMalformed(e, out);
            }
        } catch (IOException e) {
            // The client went away, or the server is closing: there is no one to answer.
        } catch (InterruptedException e) {
            // The server is closing during a delay.
            Thread.currentThread().interrupt();
        } finally {
            open.remove(socket);
            try {
                socket.close();
            } catch (IOException e) {
                // Closing is all that was left to do.
            }
        }
    }

    private void serve(InputStream in, OutputStream out)
            throws IOException, MalformedRequestException, InterruptedException {
        while (true) {
            Optional<HttpRequestHead> next = HttpReader.readHead(in);
            if (next.isEmpty()) {
                return;
            }
            HttpRequestHead head = next.get();
            MockFault fault = faults.poll(RequestProcessor.action(head)).orElse(null);
            if (fault != null && fault.kind() == MockFault.Kind.DROP_BEFORE_READING) {
                return;
            }
            if (head.header("expect").filter("100-continue"::equalsIgnoreCase).isPresent()) {
                HttpResponseWriter.writeContinue(out);
            }
            byte[] body = HttpReader.readBody(in, head);
            if (!processor.process(head, body, fault, out)) {
                return;
            }
        }
    }
}
