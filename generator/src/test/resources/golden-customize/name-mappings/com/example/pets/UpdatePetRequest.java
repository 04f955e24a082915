package com.example.pets;

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

/** Replaces a pet. */
@Generated("dev.ackgen.generator")
@JsonDeserialize(
        using = JsonModelReaders.class
)
public final class UpdatePetRequest implements JsonWritable {
    private static final SerializedString BODY = new SerializedString("body");

    /** The value of {@code pet_id}. */
    private final String petId;

    /** The value of {@code body}. */
    private final Animal body;

    /** The members of the JSON object that the model does not know. */
    private final Map<String, JsonNode> additionalProperties;

    private UpdatePetRequest(Builder builder) {
        this.petId = builder.petId;
        this.body = builder.body;
        this.additionalProperties = ModelFields.copyOfMembers(builder.additionalProperties);
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
        return this == other || (other instanceof UpdatePetRequest that
                        && Objects.equals(this.petId, that.petId)
                        && Objects.equals(this.body, that.body)
                        && this.additionalProperties.equals(that.additionalProperties));
    }

    @Override
    public int hashCode() {
        return Objects.hash(petId, body, additionalProperties);
    }

    /** {@return the values that are set, by wire name; secrets as {@code ***}} */
    @Override
    public String toString() {
        ModelText text = new ModelText("UpdatePetRequest");
        text.add("pet_id", this.petId);
        text.add("body", this.body);
        text.addUnknown(this.additionalProperties);
        return text.toString();
    }

    @Override
    public void writeJson(JsonGenerator generator) throws IOException {
        generator.writeStartObject();
        JsonWriting.objectMember(generator, BODY, this.body);
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
    public static UpdatePetRequest readJson(JsonParser parser) throws IOException {
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
                        builder.body = Animal.readJson(parser);
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

        /** {@return an immutable UpdatePetRequest with the values set so far} */
        public UpdatePetRequest build() {
            return new UpdatePetRequest(this);
        }
    }
}
