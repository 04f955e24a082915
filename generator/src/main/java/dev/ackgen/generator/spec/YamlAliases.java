package dev.ackgen.generator.spec;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * Counts what YAML aliases would add to a document once expanded, as the reader goes: the YAML
 * reader swagger-parser uses expands every alias ({@code *a}) into a copy of its anchored node
 * ({@code &a}), so a few lines of nested aliases (a "billion laughs") become billions of nodes and
 * minutes of work before it gives up. ackgen's own pass does not expand them, counts the nodes they
 * stand for, and refuses the document when they pass {@link #LIMIT}.
 */
final class YamlAliases {
    /** The most nodes aliases may add: far beyond what a spec reusing a few anchors needs. */
    static final long LIMIT = 1_000_000;

    private record Open(String anchor, int depth, long[] nodes) {}

    /** The nodes each finished anchor stands for, itself included. */
    private final Map<String, Long> sizes = new HashMap<>();
    /** Anchored collections not yet closed, innermost first. */
    private final Deque<Open> open = new ArrayDeque<>();
    private long added;

    /**
     * A node was read at this depth (collections open around it): a scalar, the start of a
     * collection (with its anchor, or null), or an alias (its anchor's name).
     *
     * @return false when the aliases now add more than {@link #LIMIT} nodes
     */
    boolean node(String anchor, boolean alias, boolean collectionStart, int depth) {
        long nodes = alias ? sizes.getOrDefault(anchor, 1L) : 1;
        if (alias) {
            added += nodes;
        }
        for (Open anchored : open) {
            anchored.nodes()[0] += nodes;
        }
        if (!alias && anchor != null) {
            if (collectionStart) {
                open.push(new Open(anchor, depth, new long[] {1}));
            } else {
                sizes.put(anchor, 1L);
            }
        }
        return added <= LIMIT;
    }

    /** A collection closed; the depth is that of the collections still open. */
    void end(int depth) {
        while (!open.isEmpty() && open.peek().depth() >= depth) {
            Open closed = open.pop();
            sizes.put(closed.anchor(), closed.nodes()[0]);
        }
    }
}
