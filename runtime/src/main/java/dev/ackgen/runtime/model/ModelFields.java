package dev.ackgen.runtime.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a generated model's constructor and accessors do with collections, written once here rather
 * than in every model: the copies make a model immutable whatever its builder is handed later.
 * Each method is small enough for the JIT to inline at the call.
 */
public final class ModelFields {
    private ModelFields() {}

    /**
     * An unmodifiable copy of a list handed to a builder.
     *
     * @param <T> the item type
     * @param list the list, or null when absent
     * @return the copy, or null when absent
     */
    public static <T> List<T> copyOf(List<T> list) {
        return list == null ? null : Collections.unmodifiableList(new ArrayList<>(list));
    }

    /**
     * An unmodifiable copy of a map handed to a builder, in its order.
     *
     * @param <T> the value type
     * @param map the map, or null when absent
     * @return the copy, or null when absent
     */
    public static <T> Map<String, T> copyOf(Map<String, T> map) {
        return map == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }

    /**
     * An unmodifiable copy of the members a builder holds that the model does not know.
     *
     * @param members the members, never null
     * @return the copy; the shared empty map when there are none
     */
    public static Map<String, JsonNode> copyOfMembers(Map<String, JsonNode> members) {
        return members.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(members));
    }

    /**
     * A list as its accessor answers it: empty when absent.
     *
     * @param <T> the item type
     * @param list the list, or null when absent
     * @return the list, or an empty list
     */
    public static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    /**
     * A map as its accessor answers it: empty when absent.
     *
     * @param <T> the value type
     * @param map the map, or null when absent
     * @return the map, or an empty map
     */
    public static <T> Map<String, T> orEmpty(Map<String, T> map) {
        return map == null ? Map.of() : map;
    }
}
