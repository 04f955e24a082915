package dev.ackgen.generator.model;

import java.util.List;

/**
 * A string enum. Generated as a class that keeps values it does not know, so a server that adds a
 * value does not break old clients.
 *
 * @param name the Java name
 * @param description the spec's description, or empty
 * @param deprecated whether the spec marks the schema deprecated
 * @param values the documented values, in spec order
 * @param pointer the schema's JSON pointer in the spec
 */
public record EnumType(JavaName name, String description, boolean deprecated, List<Value> values, String pointer)
        implements ModelType {

    public EnumType {
        values = List.copyOf(values);
    }

    public EnumType withName(JavaName name) {
        return new EnumType(name, description, deprecated, values, pointer);
    }

    public EnumType withDescription(String description) {
        return new EnumType(name, description, deprecated, values, pointer);
    }

    public EnumType withDeprecated(boolean deprecated) {
        return new EnumType(name, description, deprecated, values, pointer);
    }

    public EnumType withValues(List<Value> values) {
        return new EnumType(name, description, deprecated, values, pointer);
    }

    /**
     * One documented value.
     *
     * @param wire the value on the wire
     * @param constant the Java constant's name
     * @param description its description ({@code x-enum-descriptions}), or empty
     */
    public record Value(String wire, String constant, String description) {}
}
