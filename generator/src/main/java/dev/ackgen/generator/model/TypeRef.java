package dev.ackgen.generator.model;

/** The type of a property, a list item or a map value, as the emitters need to know it. */
public sealed interface TypeRef {

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

    static TypeRef string() {
        return new Scalar(Scalar.Kind.STRING);
    }
}
