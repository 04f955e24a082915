package dev.ackgen.runtime.model;

import java.util.Map;
import java.util.StringJoiner;

/**
 * A generated model's {@code toString}: the values that are set, by wire name, secrets as
 * {@code ***}. Unset values are left out, so a request of a hundred optional members shows the few
 * it has. Written once here, so a model says one line per property.
 */
public final class ModelText {
    private final StringJoiner text;

    /**
     * Starts the text of one object.
     *
     * @param typeName the model's simple name
     */
    public ModelText(String typeName) {
        this.text = new StringJoiner(", ", typeName + "{", "}");
    }

    /**
     * Adds a value, unless it is absent.
     *
     * @param wireName the member's name in the spec
     * @param value the value, or null when absent
     */
    public void add(String wireName, Object value) {
        if (value != null) {
            text.add(wireName + "=" + value);
        }
    }

    /**
     * Adds a secret as {@code ***}, unless it is absent: the text shows that it is set, never what it is.
     *
     * @param wireName the member's name in the spec
     * @param value the value, or null when absent
     */
    public void addSecret(String wireName, Object value) {
        if (value != null) {
            text.add(wireName + "=***");
        }
    }

    /**
     * Adds the members the model does not know, unless there are none.
     *
     * @param members the members, never null
     */
    public void addUnknown(Map<String, ?> members) {
        if (!members.isEmpty()) {
            text.add("additionalProperties=" + members);
        }
    }

    /** {@return the text, as {@code Type{member=value, ...}}} */
    @Override
    public String toString() {
        return text.toString();
    }
}
