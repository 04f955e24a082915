package dev.ackgen.generator.overlay;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/**
 * How an overlay's update is merged into an object: each property of the update is merged into the
 * property of the same name; an object into an object recursively, an array's entries appended to
 * an array, and anything else (a primitive, null, or a value of another kind) replaces the old
 * value. Properties the object does not have are added, after its own.
 */
final class TreeMerge {
    private TreeMerge() {}

    /** Merges a copy of the update into the object. */
    static void merge(ObjectNode object, ObjectNode update) {
        for (Map.Entry<String, JsonNode> field : update.properties()) {
            JsonNode old = object.get(field.getKey());
            JsonNode value = field.getValue();
            if (old instanceof ObjectNode oldObject && value instanceof ObjectNode newObject) {
                merge(oldObject, newObject);
            } else if (old instanceof ArrayNode oldArray && value instanceof ArrayNode newArray) {
                oldArray.addAll(newArray.deepCopy());
            } else {
                object.set(field.getKey(), value.deepCopy());
            }
        }
    }
}
