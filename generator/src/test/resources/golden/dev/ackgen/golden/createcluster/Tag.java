package dev.ackgen.golden.createcluster;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.ackgen.runtime.json.JsonReadException;
import dev.ackgen.runtime.json.JsonReading;
import dev.ackgen.runtime.json.JsonWriting;
import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;
import javax.annotation.processing.Generated;

/**
 * A label to add to the cluster.
 */
@Generated("dev.ackgen.generator")
@JsonSerialize(
        using = Tag.JsonWriter.class
)
@JsonDeserialize(
        using = Tag.JsonReader.class
)
public final class Tag {
    /**
     * The value of {@code key}.
     */
    private final String key;

    /**
     * The value of {@code value}.
     */
    private final String value;

    /**
     * The members of the JSON object that the model does not know.
     */
    private final Map<String, JsonNode> additionalProperties;

    private Tag(Builder builder) {
        this.key = builder.key;
        this.value = builder.value;
        this.additionalProperties = builder.additionalProperties.isEmpty() ? Map.of()
                : Collections.unmodifiableMap(new LinkedHashMap<>(builder.additionalProperties));
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

    /**
     * {@return a builder with nothing set}
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * {@return a builder holding this object's values, to make a changed copy}
     */
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

    /**
     * {@return the values that are set, by wire name; secrets as {@code ***}}
     */
    @Override
    public String toString() {
        StringJoiner text = new StringJoiner(", ", "Tag{", "}");
        if (this.key != null) {
            text.add("key=" + this.key);
        }
        if (this.value != null) {
            text.add("value=" + this.value);
        }
        if (!this.additionalProperties.isEmpty()) {
            text.add("additionalProperties=" + this.additionalProperties);
        }
        return text.toString();
    }

    /**
     * Builds a {@link Tag}. Not thread-safe; {@link #build()} may be called more than once.
     */
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

        /**
         * {@return an immutable Tag with the values set so far}
         */
        public Tag build() {
            return new Tag(this);
        }
    }

    /**
     * Writes a {@link Tag} as JSON, members under their wire names.
     */
    public static final class JsonWriter extends StdSerializer<Tag> {
        private static final long serialVersionUID = 1L;

        private static final SerializedString KEY = new SerializedString("key");

        private static final SerializedString VALUE = new SerializedString("value");

        /**
         * For Jackson, which finds this class through {@code @JsonSerialize}.
         */
        public JsonWriter() {
            super(Tag.class);
        }

        @Override
        public void serialize(Tag value, JsonGenerator generator, SerializerProvider provider)
                throws IOException {
            write(value, generator);
        }

        /**
         * Writes the object; members that are null are left out.
         *
         * @param value the value
         * @param generator the generator
         * @throws IOException if reading or writing the JSON fails
         */
        public static void write(Tag value, JsonGenerator generator) throws IOException {
            generator.writeStartObject();
            if (value.key != null) {
                generator.writeFieldName(KEY);
                generator.writeString(value.key);
            }
            if (value.value != null) {
                generator.writeFieldName(VALUE);
                generator.writeString(value.value);
            }
            if (!value.additionalProperties.isEmpty()) {
                for (Map.Entry<String, JsonNode> member : value.additionalProperties.entrySet()) {
                    generator.writeFieldName(member.getKey());
                    JsonWriting.writeTree(generator, member.getValue());
                }
            }
            generator.writeEndObject();
        }
    }

    /**
     * Reads a {@link Tag} from JSON.
     */
    public static final class JsonReader extends StdDeserializer<Tag> {
        private static final long serialVersionUID = 1L;

        /**
         * For Jackson, which finds this class through {@code @JsonDeserialize}.
         */
        public JsonReader() {
            super(Tag.class);
        }

        @Override
        public Tag deserialize(JsonParser parser, DeserializationContext context) throws
                IOException {
            return read(parser);
        }

        /**
         * {@return the object the parser stands on; null for a JSON null} Members the model does
         * not know are kept.
         *
         * @param parser the parser
         * @throws IOException if reading or writing the JSON fails
         */
        public static Tag read(JsonParser parser) throws IOException {
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
    }
}
