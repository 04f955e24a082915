package dev.ackgen.generator.overlay;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ackgen.generator.spec.SourceLocator;

/**
 * A node JSONPath selected, found from its normalized path ({@code $['paths']['/x'][0]}): the node,
 * the object or array that holds it (null for the document), its key or index there, and its JSON
 * pointer for messages.
 */
record TreePath(JsonNode node, JsonNode parent, String key, int index, String pointer) {

    /**
     * Follows a normalized path from the root. A key is written {@code ['key']} without escapes, so
     * a key that itself contains {@code ']} is told apart by the keys the tree has.
     */
    static TreePath resolve(JsonNode root, String normalized) {
        if (!normalized.startsWith("$")) {
            throw new IllegalStateException("not a normalized path: " + normalized);
        }
        TreePath current = new TreePath(root, null, null, -1, "");
        int at = 1;
        while (at < normalized.length()) {
            if (normalized.startsWith("['", at)) {
                int end = normalized.indexOf("']", at + 2);
                while (end >= 0 && !fits(current.node(), normalized, at + 2, end)) {
                    end = normalized.indexOf("']", end + 1);
                }
                if (end < 0) {
                    throw new IllegalStateException("cannot follow " + normalized + " in the tree");
                }
                String key = normalized.substring(at + 2, end);
                current = new TreePath(current.node().get(key), current.node(), key, -1,
                        current.pointer() + "/" + SourceLocator.escape(key));
                at = end + 2;
            } else if (normalized.startsWith("[", at)) {
                int end = normalized.indexOf(']', at);
                int index = Integer.parseInt(normalized.substring(at + 1, end));
                current = new TreePath(current.node().get(index), current.node(), null, index, current.pointer() + "/" + index);
                at = end + 1;
            } else {
                throw new IllegalStateException("not a normalized path: " + normalized);
            }
        }
        return current;
    }

    /** Whether the key between start and end is one the node has, followed by the end or another step. */
    private static boolean fits(JsonNode node, String normalized, int start, int end) {
        return node.isObject() && node.has(normalized.substring(start, end))
                && (end + 2 == normalized.length() || normalized.charAt(end + 2) == '[');
    }
}
