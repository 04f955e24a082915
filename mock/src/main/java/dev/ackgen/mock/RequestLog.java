package dev.ackgen.mock;

import java.util.ArrayList;
import java.util.List;

/**
 * The requests received, in the order the server decided on them. A plain list under a lock: one
 * short append per request, and snapshots are copies, so readers never see a list change.
 */
final class RequestLog {
    private final List<ReceivedRequest> requests = new ArrayList<>();

    synchronized void add(ReceivedRequest request) {
        requests.add(request);
    }

    synchronized List<ReceivedRequest> snapshot() {
        return List.copyOf(requests);
    }

    synchronized List<ReceivedRequest> snapshot(String action) {
        List<ReceivedRequest> matching = new ArrayList<>();
        for (ReceivedRequest request : requests) {
            if (request.action().filter(action::equals).isPresent()) {
                matching.add(request);
            }
        }
        return List.copyOf(matching);
    }

    synchronized void clear() {
        requests.clear();
    }
}
