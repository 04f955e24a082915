package dev.ackgen.generator.spi;

import java.util.List;

/**
 * A place in the generated code that needs a Java name, as the naming hook sees it: what kind of
 * name, the name the spec gives (a schema, property, parameter, operationId, enum value or tag),
 * the class the name lives in, and where the spec says it.
 *
 * @param kind what is being named
 * @param specName the name as the spec writes it (for a class inlined in a property, the
 *     property's name; for an operation's request or response class, the operationId)
 * @param owner the Java name of the class the name lives in, enclosing classes first and
 *     dot-separated ({@code Pet}, {@code Pet.Kind}): the enclosing class of a nested class, the class
 *     of a property or enum constant, the client of a method; null for a top-level class or client
 * @param pointer the JSON pointer of the named thing in the spec
 */
public record NamingSite(Kind kind, String specName, String owner, String pointer) {

    /** The simple names of {@link #owner()}, outermost first; empty when there is no owner. */
    public List<String> ownerSimpleNames() {
        return owner == null ? List.of() : List.of(owner.split("\\."));
    }

    /** The kinds of name ackgen decides, each with what the proposal must be. */
    public enum Kind {
        /** A model or enum class, top-level or nested (proposal: a simple class name). */
        CLASS,
        /** A member of an object schema (proposal: the field and builder method; the getter follows). */
        PROPERTY,
        /** A path, query or header parameter of an operation's request. */
        PARAMETER,
        /** A client method for an operation (the async and call methods add their suffixes). */
        OPERATION_METHOD,
        /** A constant of a generated enum. */
        ENUM_CONSTANT,
        /** A client interface for a tag, or for the whole untagged spec. */
        CLIENT_INTERFACE
    }
}
