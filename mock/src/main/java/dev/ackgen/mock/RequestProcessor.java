package dev.ackgen.mock;

import dev.ackgen.runtime.signing.SignableRequest;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Decides the answer to one fully read request, as ACK would, and records the request before
 * answering (so a client that got its answer finds its request in {@link MockAckServer#received}):
 * a queued fault first, then the signature, the action, the body check, and the canned response
 * or handler.
 */
final class RequestProcessor {
    static final String ACTION_HEADER = "x-acs-action";

    private final SignatureVerifier verifier;
    private final Map<String, MockHandler> handlers;
    private final Map<String, BodyCheck> bodyChecks;
    private final RequestIds ids;
    private final RequestLog log;

    RequestProcessor(SignatureVerifier verifier, Map<String, MockHandler> handlers, Map<String, BodyCheck> bodyChecks,
            RequestIds ids, RequestLog log) {
        this.verifier = verifier;
        this.handlers = Map.copyOf(handlers);
        this.bodyChecks = Map.copyOf(bodyChecks);
        this.ids = ids;
        this.log = log;
    }

    /** The action a request names, or {@code null}. */
    static String action(HttpRequestHead head) {
        return head.header(ACTION_HEADER).map(String::strip).filter(a -> !a.isEmpty()).orElse(null);
    }

    /**
     * Answers one request.
     *
     * @param fault the fault taken for this request, or {@code null}
     * @return whether the connection stays open for the next request
     */
    boolean process(HttpRequestHead head, byte[] body, MockFault fault, OutputStream out)
            throws IOException, MalformedRequestException, InterruptedException {
        String requestId = ids.next();
        RequestTarget target = RequestTarget.parse(head.target());
        String action = action(head);
        SignableRequest signable;
        try {
            signable = new SignableRequest(head.method(), target.path(), target.query(), head.headers(), body);
        } catch (IllegalArgumentException e) {
            // The head was checked while read; this only guards against what SignableRequest adds.
            throw new MalformedRequestException(400, "BadRequest", "the request cannot be verified");
        }
        SignatureCheck check = verifier.verify(signable);
        ReceivedRequest received = new ReceivedRequest(requestId, head.method(), target.rawPath(), target.rawQuery(),
                target.path(), target.query(), head.headers(), body, action, check);
        MockResponse response = null;
        if (fault != null) {
            switch (fault.kind()) {
                case DROP:
                    log.add(received.droppedUnanswered());
                    return false;
                case DELAY:
                    Thread.sleep(fault.delayDuration().toMillis());
                    break;
                case ERROR:
                    response = AckErrorBody.response(fault.status(), fault.code(), fault.message(), requestId);
                    break;
                case RAW:
                    response = MockResponse.of(fault.status(), fault.contentType(), fault.bodyBytes());
                    break;
                default:
                    // DROP_BEFORE_READING acts before the body is read, in ConnectionWorker.
                    break;
            }
        }
        if (response == null) {
            response = answer(received, requestId);
        }
        log.add(received.answered(response.status()));
        boolean keepAlive = head.keepAlive();
        HttpResponseWriter.write(out, response, requestId, keepAlive, head.method().equals("HEAD"));
        return keepAlive;
    }

    /** Answers a request that could not be parsed; the connection is closed after. */
    void answerMalformed(MalformedRequestException e, OutputStream out) throws IOException {
        String requestId = ids.next();
        HttpResponseWriter.write(out, AckErrorBody.response(e.status(), e.code(), e.getMessage(), requestId),
                requestId, false, false);
    }

    private MockResponse answer(ReceivedRequest received, String requestId) {
        SignatureCheck check = received.signatureCheck();
        if (!check.valid()) {
            return AckErrorBody.response(check.errorStatus(), check.errorCode().orElseThrow(), check.reason(),
                    requestId);
        }
        Optional<String> action = received.action();
        if (action.isEmpty()) {
            return AckErrorBody.response(400, "MissingParameter", "the x-acs-action header is missing", requestId);
        }
        MockHandler handler = handlers.get(action.get());
        if (handler == null) {
            return AckErrorBody.response(404, "InvalidAction.NotFound",
                    "Specified api is not found, please check your url and method: " + action.get(), requestId);
        }
        BodyCheck bodyCheck = bodyChecks.get(action.get());
        if (bodyCheck != null) {
            List<String> problems;
            try {
                problems = bodyCheck.problems(received.body());
            } catch (RuntimeException e) {
                // A decoding failure means a body ACK would reject; the exception message is not
                // used, as it might quote the body.
                return AckErrorBody.response(400, "InvalidParameter",
                        "the body could not be checked: " + e.getClass().getName(), requestId);
            }
            if (problems == null) {
                return AckErrorBody.response(500, "InternalError",
                        "the body check for " + action.get() + " returned null", requestId);
            }
            if (!problems.isEmpty()) {
                return AckErrorBody.response(400, "InvalidParameter", String.join("; ", problems), requestId);
            }
        }
        try {
            MockResponse response = handler.handle(received);
            if (response != null) {
                return response;
            }
            return AckErrorBody.response(500, "InternalError",
                    "the handler for " + action.get() + " returned null", requestId);
        } catch (RuntimeException e) {
            return AckErrorBody.response(500, "InternalError",
                    "the handler for " + action.get() + " threw " + e.getClass().getName(), requestId);
        }
    }
}
