package dev.ackgen.mock;

import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Queued faults, per action and for any action. Polling is atomic, so with concurrent requests
 * each fault is still used exactly once.
 */
final class FaultQueues {
    private final ConcurrentHashMap<String, Queue<MockFault>> byAction = new ConcurrentHashMap<>();
    private final Queue<MockFault> any = new ConcurrentLinkedQueue<>();

    void enqueue(String action, MockFault fault) {
        byAction.computeIfAbsent(action, a -> new ConcurrentLinkedQueue<>()).add(fault);
    }

    void enqueueAny(MockFault fault) {
        any.add(fault);
    }

    /** Takes the next fault for this action (null: none named), else the next one for any action. */
    Optional<MockFault> poll(String action) {
        Queue<MockFault> queue = action == null ? null : byAction.get(action);
        MockFault fault = queue == null ? null : queue.poll();
        return Optional.ofNullable(fault != null ? fault : any.poll());
    }

    void clear() {
        byAction.clear();
        any.clear();
    }
}
