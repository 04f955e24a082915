package dev.ackgen.generator.model;

/**
 * One property of an object: a member of a JSON object, or a request parameter.
 *
 * @param wireName the name on the wire (JSON member, query or header name, path variable)
 * @param fieldName the Java field and builder-method name
 * @param getterName the Java accessor name
 * @param type the value's type
 * @param required whether the spec requires it
 * @param description the spec's description, or empty
 * @param deprecated whether the spec marks it deprecated
 * @param secret whether its value must never be shown ({@code format: password}, {@code x-ackgen-secret})
 * @param constraints what the validator checks on the value
 * @param location where the value travels
 * @param jsonEncoded whether a query or header value is sent as JSON text ({@code content} parameters)
 * @param defaultValue the spec's default as JSON text, or null
 * @param example the spec's example (a string as it is, anything else as JSON text), or null
 * @param pointer the property's JSON pointer in the spec
 */
public record Property(
        String wireName,
        String fieldName,
        String getterName,
        TypeRef type,
        boolean required,
        String description,
        boolean deprecated,
        boolean secret,
        Constraints constraints,
        Location location,
        boolean jsonEncoded,
        String defaultValue,
        String example,
        String pointer) {

    /** Where a property's value travels in the HTTP request. */
    public enum Location {
        BODY,
        PATH,
        QUERY,
        HEADER
    }
}
