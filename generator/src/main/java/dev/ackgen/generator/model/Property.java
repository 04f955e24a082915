package dev.ackgen.generator.model;

import java.util.Objects;

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
 * @param defaultValue the spec's default, or null
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
        Literal defaultValue,
        String example,
        String pointer) {

    /** A builder with nothing set but the defaults: optional, not deprecated, no secret, no constraints, in the body. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this property's values, to make a changed copy. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * Whether the value is a list or a map. Its accessor never returns null (absent reads as
     * empty), and a second method, {@link #presenceName()}, tells absent from empty.
     */
    public boolean isCollection() {
        return type instanceof TypeRef.ListOf || type instanceof TypeRef.MapOf;
    }

    /** The name of the method that tells whether a collection was present: {@code hasTags} beside {@code getTags}. */
    public String presenceName() {
        String stem = getterName.startsWith("get") && getterName.length() > 3 ? getterName.substring(3) : getterName;
        return "has" + Character.toUpperCase(stem.charAt(0)) + stem.substring(1);
    }

    /** Where a property's value travels in the HTTP request. */
    public enum Location {
        BODY,
        PATH,
        QUERY,
        HEADER
    }

    /**
     * Builds a {@link Property}. The wire name, field name, getter name and type must be set; the
     * rest defaults to an optional, undocumented, unconstrained body member.
     */
    public static final class Builder {
        private String wireName;
        private String fieldName;
        private String getterName;
        private TypeRef type;
        private boolean required;
        private String description = "";
        private boolean deprecated;
        private boolean secret;
        private Constraints constraints = Constraints.NONE;
        private Location location = Location.BODY;
        private boolean jsonEncoded;
        private Literal defaultValue;
        private String example;
        private String pointer = "";

        private Builder() {}

        private Builder(Property source) {
            wireName = source.wireName;
            fieldName = source.fieldName;
            getterName = source.getterName;
            type = source.type;
            required = source.required;
            description = source.description;
            deprecated = source.deprecated;
            secret = source.secret;
            constraints = source.constraints;
            location = source.location;
            jsonEncoded = source.jsonEncoded;
            defaultValue = source.defaultValue;
            example = source.example;
            pointer = source.pointer;
        }

        public Builder wireName(String wireName) {
            this.wireName = wireName;
            return this;
        }

        public Builder fieldName(String fieldName) {
            this.fieldName = fieldName;
            return this;
        }

        public Builder getterName(String getterName) {
            this.getterName = getterName;
            return this;
        }

        public Builder type(TypeRef type) {
            this.type = type;
            return this;
        }

        public Builder required(boolean required) {
            this.required = required;
            return this;
        }

        public Builder description(String description) {
            this.description = description;
            return this;
        }

        public Builder deprecated(boolean deprecated) {
            this.deprecated = deprecated;
            return this;
        }

        public Builder secret(boolean secret) {
            this.secret = secret;
            return this;
        }

        public Builder constraints(Constraints constraints) {
            this.constraints = constraints;
            return this;
        }

        public Builder location(Location location) {
            this.location = location;
            return this;
        }

        public Builder jsonEncoded(boolean jsonEncoded) {
            this.jsonEncoded = jsonEncoded;
            return this;
        }

        public Builder defaultValue(Literal defaultValue) {
            this.defaultValue = defaultValue;
            return this;
        }

        public Builder example(String example) {
            this.example = example;
            return this;
        }

        public Builder pointer(String pointer) {
            this.pointer = pointer;
            return this;
        }

        /**
         * The property.
         *
         * @throws NullPointerException if the wire name, field name, getter name or type is not set
         */
        public Property build() {
            return new Property(
                    Objects.requireNonNull(wireName, "wireName"),
                    Objects.requireNonNull(fieldName, "fieldName"),
                    Objects.requireNonNull(getterName, "getterName"),
                    Objects.requireNonNull(type, "type"),
                    required,
                    Objects.requireNonNull(description, "description"),
                    deprecated,
                    secret,
                    Objects.requireNonNull(constraints, "constraints"),
                    Objects.requireNonNull(location, "location"),
                    jsonEncoded,
                    defaultValue,
                    example,
                    Objects.requireNonNull(pointer, "pointer"));
        }
    }
}
