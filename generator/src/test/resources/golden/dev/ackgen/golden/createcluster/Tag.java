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

/** A label to add to the cluster. */
@Generated("dev.ackgen.generator")
@JsonDeserialize(
        using = JsonModelReaders.class
)
public final class Tag implements JsonWritable {
    private static final SerializedString KEY = new SerializedString("key");

    private static final SerializedString VALUE = new SerializedString("value");

    /** The value of {@code key}. */
    private final String key;

    /** The value of {@code value}. */
    private final String value;

    /** The members of the JSON object that the model does not know. */
    private final Map<String, JsonNode> additionalProperties;

    private Tag(Builder builder) {
        this.key = builder.key;
        this.value = builder.value;
        this.additionalProperties = ModelFields.copyOfMembers(builder.additionalProperties);
    }

    /**
     * {@return the label key}
     *
     * <p>JSON member {@code key}, optional; null when absent.
     * <p>Example: {@code env}.
     */
    public String getKey() {
        return key;
    }

    /**
     * {@return the label value}
     *
     * <p>JSON member {@code value}, optional; null when absent.
     * <p>Example: {@code prod}.
     */
    public String getValue() {
        return value;
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
        return this == other || (other instanceof Tag that
                        && Objects.equals(this.key, that.key)
                        && Objects.equals(this.value, that.value)
                        && this.additionalProperties.equals(that.additionalProperties));
    }

    @Override
    public int hashCode() {
        return Objects.hash(key, value, additionalProperties);
    }

    /** {@return the values that are set, by wire name; secrets as {@code ***}} */
    @Override
    public String toString() {
        ModelText text = new ModelText("Tag");
        text.add("key", this.key);
        text.add("value", this.value);
        text.addUnknown(this.additionalProperties);
        return text.toString();
    }

    @Override
    public void writeJson(JsonGenerator generator) throws IOException {
        generator.writeStartObject();
        JsonWriting.stringMember(generator, KEY, this.key);
        JsonWriting.stringMember(generator, VALUE, this.value);
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
    public static Tag readJson(JsonParser parser) throws IOException {
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
                    case "key":
                        builder.key = JsonReading.readString(parser);
                        break;
                    case "value":
                        builder.value = JsonReading.readString(parser);
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

    /** Builds a {@link Tag}. Not thread-safe; {@link #build()} may be called more than once. */
    public static final class Builder {
        private String key;

        private String value;

        private final Map<String, JsonNode> additionalProperties = new LinkedHashMap<>();

        private Builder() {
        }

        private Builder(Tag source) {
            this.key = source.key;
            this.value = source.value;
            this.additionalProperties.putAll(source.additionalProperties);
        }

        /**
         * The label key.
         *
         * <p>JSON member {@code key}, optional; null when absent.
         * <p>Example: {@code env}.
         *
         * @param key the label key
         * @return this builder
         */
        public Builder key(String key) {
            this.key = key;
            return this;
        }

        /**
         * The label value.
         *
         * <p>JSON member {@code value}, optional; null when absent.
         * <p>Example: {@code prod}.
         *
         * @param value the label value
         * @return this builder
         */
        public Builder value(String value) {
            this.value = value;
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

        /** {@return an immutable Tag with the values set so far} */
        public Tag build() {
            return new Tag(this);
        }
    }
}
