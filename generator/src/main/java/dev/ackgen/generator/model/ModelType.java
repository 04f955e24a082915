package dev.ackgen.generator.model;

/** A type the generator writes a class for: an object or an enum. */
public sealed interface ModelType permits ObjectType, EnumType {
    /** The Java name, nested names included. */
    JavaName name();

    /** The spec's description, or empty. */
    String description();

    boolean deprecated();

    /** Where the type comes from in the spec (JSON pointer). */
    String pointer();
}
