package dev.ackgen.generator.spi;

/** One property of an object: a member of a JSON object, or a parameter of an operation's request. */
public interface PropertyView {

    /** The name on the wire: the JSON member, query or header name, or path variable, e.g. {@code cluster_id}. */
    String wireName();

    /** The Java name of the field and of the builder's method, e.g. {@code clusterId}. */
    String fieldName();

    /** The Java name of the accessor, e.g. {@code getClusterId}. */
    String getterName();

    /** The value's type. */
    TypeView type();

    /** Whether the spec requires the property (the validator reports it missing). */
    boolean required();

    /** Whether the spec marks the property deprecated. */
    boolean deprecated();

    /**
     * Whether the value must never be shown ({@code format: password}, {@code x-ackgen-secret}):
     * generated {@code toString} masks it; an extension must not print it either.
     */
    boolean secret();

    /** The spec's description, or empty. */
    String description();

    /** Where the value travels in an HTTP request. */
    Location location();

    /** The spec's default as JSON text ({@code "flannel"}, {@code 40}), or null when it has none. */
    String defaultValueJson();

    /** The property's JSON pointer in the spec: where {@link ExtensionContext#error} locates a problem with it. */
    String pointer();

    /** Where a property's value travels. */
    enum Location {
        /** A member of the JSON body. */
        BODY,
        /** A path variable. */
        PATH,
        /** A query parameter. */
        QUERY,
        /** A header. */
        HEADER
    }
}
