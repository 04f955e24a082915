package dev.ackgen.golden.createcluster;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.ackgen.runtime.json.JsonReadException;
import dev.ackgen.runtime.json.JsonReading;
import dev.ackgen.runtime.json.JsonWritable;
import dev.ackgen.runtime.json.JsonWriting;
import dev.ackgen.runtime.model.ModelFields;
import dev.ackgen.runtime.model.ModelText;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.annotation.processing.Generated;

/**
 * The container runtime. Supported runtimes are containerd and docker. This parameter includes:
 * name (the name of the container runtime) and version (the version of the container runtime).
 */
@Generated("dev.ackgen.generator")
@JsonDeserialize(
        using = JsonModelReaders.class
)
public final class RuntimeModel implements JsonWritable {
    private static final SerializedString NAME = new SerializedString("name");

    private static final SerializedString VERSION = new SerializedString("version");

    /** The value of {@code name}. */
    private final Name name;

    /** The value of {@code version}. */
    private final String version;

    /** The members of the JSON object that the model does not know. */
    private final Map<String, JsonNode> additionalProperties;

    private RuntimeModel(Builder builder) {
        this.name = builder.name;
        this.version = builder.version;
        this.additionalProperties = ModelFields.copyOfMembers(builder.additionalProperties);
    }

    /**
     * {@return the name of the container runtime}
     *
     * <p>JSON member {@code name}, optional; null when absent.
     * <p>Example: {@code containerd}.
     */
    public Name getName() {
        return name;
    }

    /**
     * {@return the version of the container runtime}
     *
     * <p>JSON member {@code version}, optional; null when absent.
     * <p>Example: {@code 1.6.20}.
     */
    public String getVersion() {
        return version;
    }

    /**
     * {@return members of the JSON object that this version of the model does not know, kept so
     * that nothing is lost on a round trip} Never null.
     */
    public Map<String, JsonNode> getAdditionalProperties() {
        return additionalProperties;
    }

    /** {@return a builder with nothing set} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return a builder holding this object's values, to make a changed copy} */
    public Builder toBuilder() {
        return new Builder(this);
    }

    @Override
    public boolean equals(Object other) {
        return this == other || (other instanceof RuntimeModel that
                        && Objects.equals(this.name, that.name)
                        && Objects.equals(this.version, that.version)
                        && this.additionalProperties.equals(that.additionalProperties));
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, version, additionalProperties);
    }

    /** {@return the values that are set, by wire name; secrets as {@code ***}} */
    @Override
    public String toString() {
        ModelText text = new ModelText("RuntimeModel");
        text.add("name", this.name);
        text.add("version", this.version);
        text.addUnknown(this.additionalProperties);
        return text.toString();
    }

    @Override
    public void writeJson(JsonGenerator generator) throws IOException {
        generator.writeStartObject();
        JsonWriting.enumMember(generator, NAME, this.name);
        JsonWriting.stringMember(generator, VERSION, this.version);
        JsonWriting.unknownMembers(generator, this.additionalProperties);
        generator.writeEndObject();
    }

    /**
     * Reads the object the parser stands on. Members the model does not know are kept.
     *
     * @param parser a parser on the object's first token
     * @return the object; null for a JSON null
     * @throws IOException if the JSON does not fit the model, naming where
     */
    public static RuntimeModel readJson(JsonParser parser) throws IOException {
        if (parser.currentToken() == JsonToken.VALUE_NULL) {
            return null;
        }
        JsonReading.expectObject(parser);
        Builder builder = new Builder();
        String member;
        while ((member = parser.nextFieldName()) != null) {
            parser.nextToken();
            try {
                switch (member) {
                    case "name":
                        builder.name = JsonReading.readEnum(parser, Name::valueOf);
                        break;
                    case "version":
                        builder.version = JsonReading.readString(parser);
                        break;
                    default:
                        builder.additionalProperties.put(member, JsonReading.readTree(parser));
                }
            } catch (JsonReadException e) {
                throw e.under(member);
            }
        }
        return builder.build();
    }

    /**
     * Builds a {@link RuntimeModel}. Not thread-safe; {@link #build()} may be called more than
     * once.
     */
    public static final class Builder {
        private Name name;

        private String version;

        private final Map<String, JsonNode> additionalProperties = new LinkedHashMap<>();

        private Builder() {
        }

        private Builder(RuntimeModel source) {
            this.name = source.name;
            this.version = source.version;
            this.additionalProperties.putAll(source.additionalProperties);
        }

        /**
         * The name of the container runtime.
         *
         * <p>JSON member {@code name}, optional; null when absent.
         * <p>Example: {@code containerd}.
         *
         * @param name the name of the container runtime
         * @return this builder
         */
        public Builder name(Name name) {
            this.name = name;
            return this;
        }

        /**
         * The version of the container runtime.
         *
         * <p>JSON member {@code version}, optional; null when absent.
         * <p>Example: {@code 1.6.20}.
         *
         * @param version the version of the container runtime
         * @return this builder
         */
        public Builder version(String version) {
            this.version = version;
            return this;
        }

        /**
         * Sets a member the model does not know; it is written as it is.
         *
         * @param name the name
         * @param value the value
         * @return this builder
         */
        public Builder additionalProperty(String name, JsonNode value) {
            this.additionalProperties.put(Objects.requireNonNull(name, "name"),
                    Objects.requireNonNull(value, "value"));
            return this;
        }

        /** {@return an immutable RuntimeModel with the values set so far} */
        public RuntimeModel build() {
            return new RuntimeModel(this);
        }
    }

    /**
     * The name of the container runtime.
     * <p>Values this version does not know are kept as they are: {@link #get()} gives
     * {@link Value#UNKNOWN} for them and {@link #toString()} the value itself.
     */
    public static final class Name {
        /** {@code containerd}. */
        public static final Name CONTAINERD = new Name(Value.CONTAINERD, "containerd");

        /** {@code docker}. */
        public static final Name DOCKER = new Name(Value.DOCKER, "docker");

        private static final List<Name> VALUES = List.of(CONTAINERD, DOCKER);

        /** The constant of the value, {@link Value#UNKNOWN} for one this version does not know. */
        private final Value value;

        /** The value as it is in JSON. */
        private final String string;

        private Name(Value value, String string) {
            this.value = value;
            this.string = string;
        }

        /**
         * {@return the value for {@code switch}; {@link Value#UNKNOWN} for a value this version
         * does not know}
         */
        public Value get() {
            return value;
        }

        /** {@return whether the value is one the spec documents} */
        public boolean isKnown() {
            return value != Value.UNKNOWN;
        }

        /** {@return the value exactly as it is sent and received} */
        @Override
        @JsonValue
        public String toString() {
            return string;
        }

        /**
         * {@return the constant for a documented value, or a new instance keeping an unknown one}
         *
         * @param value the value
         */
        @JsonCreator
        public static Name valueOf(String value) {
            Objects.requireNonNull(value, "value");
            switch (value) {
                case "containerd":
                    return CONTAINERD;
                case "docker":
                    return DOCKER;
                default:
                    return new Name(Value.UNKNOWN, value);
            }
        }

        /** {@return the documented values, in the spec's order} */
        public static List<Name> values() {
            return VALUES;
        }

        @Override
        public boolean equals(Object other) {
            return this == other || (other instanceof Name that && string.equals(that.string));
        }

        @Override
        public int hashCode() {
            return string.hashCode();
        }

        /** The values of Name, for {@code switch}. */
        public enum Value {
            /** {@code containerd}. */
            CONTAINERD,

            /** {@code docker}. */
            DOCKER,

            /** A value this version of the client does not know. */
            UNKNOWN
        }
    }
}
