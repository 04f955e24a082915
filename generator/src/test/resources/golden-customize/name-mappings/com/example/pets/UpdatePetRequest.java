package com.example.pets;

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
 * Replaces a pet.
 */
@Generated("dev.ackgen.generator")
@JsonSerialize(
        using = UpdatePetRequest.JsonWriter.class
)
@JsonDeserialize(
        using = UpdatePetRequest.JsonReader.class
)
public final class UpdatePetRequest {
    /**
     * The value of {@code pet_id}.
     */
    private final String petId;

    /**
     * The value of {@code body}.
     */
    private final Animal body;

    /**
     * The members of the JSON object that the model does not know.
     */
    private final Map<String, JsonNode> additionalProperties;

    private UpdatePetRequest(Builder builder) {
        this.petId = builder.petId;
        this.body = builder.body;
        this.additionalProperties = builder.additionalProperties.isEmpty() ? Map.of()
                : Collections.unmodifiableMap(new LinkedHashMap<>(builder.additionalProperties));
    }

    /**
     * <p>Path parameter {@code pet_id}, required.
     *
     * @return path parameter {@code pet_id}, required
     */
    public String getPetId() {
        return petId;
    }

    /**
     * <p>JSON member {@code body}, required.
     *
     * @return JSON member {@code body}, required
     */
    public Animal getBody() {
        return body;
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
        return this == other || (other instanceof UpdatePetRequest that
                        && Objects.equals(this.petId, that.petId)
                        && Objects.equals(this.body, that.body)
                        && this.additionalProperties.equals(that.additionalProperties));
    }

    @Override
    public int hashCode() {
        return Objects.hash(petId, body, additionalProperties);
    }

    /**
     * {@return the values that are set, by wire name; secrets as {@code ***}}
     */
    @Override
    public String toString() {
        StringJoiner text = new StringJoiner(", ", "UpdatePetRequest{", "}");
        if (this.petId != null) {
            text.add("pet_id=" + this.petId);
        }
        if (this.body != null) {
            text.add("body=" + this.body);
        }
        if (!this.additionalProperties.isEmpty()) {
            text.add("additionalProperties=" + this.additionalProperties);
        }
        return text.toString();
    }

    /**
     * Builds a {@link UpdatePetRequest}. Not thread-safe; {@link #build()} may be called more than
     * once.
     */
    public static final class Builder {
        private String petId;

        private Animal body;

        private final Map<String, JsonNode> additionalProperties = new LinkedHashMap<>();

        private Builder() {
        }

        private Builder(UpdatePetRequest source) {
            this.petId = source.petId;
            this.body = source.body;
            this.additionalProperties.putAll(source.additionalProperties);
        }

        /**
         * <p>Path parameter {@code pet_id}, required.
         *
         * @param petId path parameter {@code pet_id}, required
         * @return this builder
         */
        public Builder petId(String petId) {
            this.petId = petId;
            return this;
        }

        /**
         * <p>JSON member {@code body}, required.
         *
         * @param body JSON member {@code body}, required
         * @return this builder
         */
        public Builder body(Animal body) {
            this.body = body;
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
         * {@return an immutable UpdatePetRequest with the values set so far}
         */
        public UpdatePetRequest build() {
            return new UpdatePetRequest(this);
        }
    }

    /**
     * Writes a {@link UpdatePetRequest} as JSON, members under their wire names.
     */
    public static final class JsonWriter extends StdSerializer<UpdatePetRequest> {
        private static final long serialVersionUID = 1L;

        private static final SerializedString BODY = new SerializedString("body");

        /**
         * For Jackson, which finds this class through {@code @JsonSerialize}.
         */
        public JsonWriter() {
            super(UpdatePetRequest.class);
        }

        @Override
        public void serialize(UpdatePetRequest value, JsonGenerator generator,
                SerializerProvider provider) throws IOException {
            write(value, generator);
        }

        /**
         * Writes the object; members that are null are left out.
         *
         * @param value the value
         * @param generator the generator
         * @throws IOException if reading or writing the JSON fails
         */
        public static void write(UpdatePetRequest value, JsonGenerator generator) throws
                IOException {
            generator.writeStartObject();
            if (value.body != null) {
                generator.writeFieldName(BODY);
                Animal.JsonWriter.write(value.body, generator);
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
     * Reads a {@link UpdatePetRequest} from JSON.
     */
    public static final class JsonReader extends StdDeserializer<UpdatePetRequest> {
        private static final long serialVersionUID = 1L;

        /**
         * For Jackson, which finds this class through {@code @JsonDeserialize}.
         */
        public JsonReader() {
            super(UpdatePetRequest.class);
        }

        @Override
        public UpdatePetRequest deserialize(JsonParser parser, DeserializationContext context)
                throws IOException {
            return read(parser);
        }

        /**
         * {@return the object the parser stands on; null for a JSON null} Members the model does
         * not know are kept.
         *
         * @param parser the parser
         * @throws IOException if reading or writing the JSON fails
         */
        public static UpdatePetRequest read(JsonParser parser) throws IOException {
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
                        case "body":
                            builder.body = Animal.JsonReader.read(parser);
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
