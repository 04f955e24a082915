package dev.ackgen.runtime.client;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/** A transport that answers from a script, one step per request, and records what it was sent. */
final class ScriptedTransport implements Transport {
    /** One scripted answer: a response, or an I/O failure. */
    @FunctionalInterface
    interface Step {
        TransportResponse answer(TransportRequest request) throws IOException;
    }

    private final Deque<Step> steps = new ArrayDeque<>();
    private final List<TransportRequest> sent = new ArrayList<>();

    ScriptedTransport then(Step step) {
        steps.add(step);
        return this;
    }

    ScriptedTransport thenRespond(int status, String body) {
        return then(request -> response(status, body));
    }

    ScriptedTransport thenFail(IOException failure) {
        return then(request -> {
            throw failure;
        });
    }

    static TransportResponse response(int status, String body) {
        return new TransportResponse(status, Map.of("x-acs-request-id", List.of("HDR-REQ")),
                body.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    synchronized List<TransportRequest> sent() {
        return List.copyOf(sent);
    }

    @Override
    public synchronized TransportResponse send(TransportRequest request) throws IOException {
        sent.add(request);
        Step step = steps.poll();
        if (step == null) {
            throw new AssertionError("unscripted request " + request);
        }
        return step.answer(request);
    }

    @Override
    public CompletableFuture<TransportResponse> sendAsync(TransportRequest request) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return send(request);
            } catch (IOException e) {
                throw new java.util.concurrent.CompletionException(e);
            }
        });
    }
}
