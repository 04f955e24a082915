package dev.ackgen.golden.createcluster;

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
import java.util.Map;
import java.util.Objects;
import javax.annotation.processing.Generated;

/** A component to install in the cluster. */
@Generated("dev.ackgen.generator")
@JsonDeserialize(
        using = JsonModelReaders.class
)
public final class Addon implements JsonWritable {
    private static final SerializedString NAME = new SerializedString("name");

    private static final SerializedString CONFIG = new SerializedString("config");

    private static final SerializedString DISABLED = new SerializedString("disabled");

    /** The value of {@code name}. */
    private final String name;

    /** The value of {@code config}. */
    private final String config;

    /** The value of {@code disabled}. */
    private final Boolean disabled;

    /** The members of the JSON object that the model does not know. */
    private final Map<String, JsonNode> additionalProperties;

    private Addon(Builder builder) {
        this.name = builder.name;
        this.config = builder.config;
        this.disabled = builder.disabled;
        this.additionalProperties = ModelFields.copyOfMembers(builder.additionalProperties);
    }

    /**
     * {@return the component name}
     *
     * <p>JSON member {@code name}, required.
     * <p>Example: {@code flannel}.
     */
    public String getName() {
        return name;
    }

    /**
     * {@return the configuration of the component} Leave blank if no configuration is needed.
     *
     * <p>JSON member {@code config}, optional; null when absent.
     * <p>Example: {@code {"IngressDashboardEnabled":"false"}}.
     */
    public String getConfig() {
        return config;
    }

    /**
     * {@return whether to disable automatic installation of the component}
     *
     * <p>JSON member {@code disabled}, optional; null when absent.
     * <p>Example: {@code true}.
     */
    public Boolean getDisabled() {
        return disabled;
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
        return this == other || (other instanceof Addon that
                        && Objects.equals(this.name, that.name)
                        && Objects.equals(this.config, that.config)
                        && Objects.equals(this.disabled, that.disabled)
                        && this.additionalProperties.equals(that.additionalProperties));
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, config, disabled, additionalProperties);
    }

    /** {@return the values that are set, by wire name; secrets as {@code ***}} */
    @Override
    public String toString() {
        ModelText text = new ModelText("Addon");
        text.add("name", this.name);
        text.add("config", this.config);
        text.add("disabled", this.disabled);
        text.addUnknown(this.additionalProperties);
        return text.toString();
    }

    @Override
    public void writeJson(JsonGenerator generator) throws IOException {
        generator.writeStartObject();
        JsonWriting.stringMember(generator, NAME, this.name);
        JsonWriting.stringMember(generator, CONFIG, this.config);
        JsonWriting.booleanMember(generator, DISABLED, this.disabled);
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
    public static Addon readJson(JsonParser parser) throws IOException {
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
                        builder.name = JsonReading.readString(parser);
                        break;
                    case "config":
                        builder.config = JsonReading.readString(parser);
                        break;
                    case "disabled":
                        builder.disabled = JsonReading.readBoolean(parser);
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

    /** Builds a {@link Addon}. Not thread-safe; {@link #build()} may be called more than once. */
    public static final class Builder {
        private String name;

        private String config;

        private Boolean disabled;

        private final Map<String, JsonNode> additionalProperties = new LinkedHashMap<>();

        private Builder() {
        }

        private Builder(Addon source) {
            this.name = source.name;
            this.config = source.config;
            this.disabled = source.disabled;
            this.additionalProperties.putAll(source.additionalProperties);
        }

        /**
         * The component name.
         *
         * <p>JSON member {@code name}, required.
         * <p>Example: {@code flannel}.
         *
         * @param name the component name
         * @return this builder
         */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /**
         * The configuration of the component. Leave blank if no configuration is needed.
         *
         * <p>JSON member {@code config}, optional; null when absent.
         * <p>Example: {@code {"IngressDashboardEnabled":"false"}}.
         *
         * @param config the configuration of the component
         * @return this builder
         */
        public Builder config(String config) {
            this.config = config;
            return this;
        }

        /**
         * Specifies whether to disable automatic installation of the component.
         *
         * <p>JSON member {@code disabled}, optional; null when absent.
         * <p>Example: {@code true}.
         *
         * @param disabled whether to disable automatic installation of the component
         * @return this builder
         */
        public Builder disabled(Boolean disabled) {
            this.disabled = disabled;
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

        /** {@return an immutable Addon with the values set so far} */
        public Addon build() {
            return new Addon(this);
        }
    }
}
