package dev.ackgen.generator.model;

import java.util.Optional;

/** The type of a property, a list item or a map value, as the emitters need to know it. */
public sealed interface TypeRef {

    /**
     * This type with every list and map taken off: {@code X} for {@code List<Map<String, X>>}, the
     * type itself for anything else. The one walk over nested containers; a list or map holds one
     * element type, so there is exactly one innermost type.
     */
    default TypeRef innermost() {
        TypeRef type = this;
        while (true) {
            if (type instanceof ListOf list) {
                type = list.items();
            } else if (type instanceof MapOf map) {
                type = map.values();
            } else {
                return type;
            }
        }
    }

    /** The generated class this type is or holds, however deep in lists and maps; empty for scalars and any JSON. */
    default Optional<Named> namedType() {
        return innermost() instanceof Named named ? Optional.of(named) : Optional.empty();
    }

    /** A JSON scalar. */
    record Scalar(Kind kind) implements TypeRef {
        public enum Kind {
            STRING,
            BOOLEAN,
            INT32,
            INT64,
            FLOAT,
            DOUBLE
        }
    }

    /** A JSON array. */
    record ListOf(TypeRef items) implements TypeRef {}

    /** A JSON object with arbitrary keys ({@code additionalProperties} with a schema). */
    record MapOf(TypeRef values) implements TypeRef {}

    /** Any JSON at all: kept as a tree. */
    record AnyJson() implements TypeRef {}

    /** A generated object or enum class. */
    record Named(JavaName name, boolean isEnum) implements TypeRef {}

    /**
     * A Java type a type mapping puts in place of a {@code format} or a schema: one of the
     * java.time types or {@code java.util.UUID} (read and written as their ISO text), or any other
     * class (read and written by Jackson databind, as that class asks).
     *
     * @param qualifiedName the type's canonical name, {@code java.time.OffsetDateTime}
     */
    record Mapped(String qualifiedName) implements TypeRef {}

    static TypeRef string() {
        return new Scalar(Scalar.Kind.STRING);
    }
}
