package com.example.pets;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.ackgen.generator.customize.Audited;
import dev.ackgen.generator.customize.Reviewed;
import dev.ackgen.runtime.json.JsonReadException;
import dev.ackgen.runtime.json.JsonReading;
import dev.ackgen.runtime.json.JsonWritable;
import dev.ackgen.runtime.json.JsonWriting;
import dev.ackgen.runtime.model.ModelFields;
import dev.ackgen.runtime.model.ModelText;
import java.io.IOException;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import javax.annotation.processing.Generated;

/** An amount in a currency. */
@Generated("dev.ackgen.generator")
@SuppressWarnings("serial")
@JsonDeserialize(
        using = JsonModelReaders.class
)
@Reviewed
public final class Money implements JsonWritable, Serializable, Audited {
    private static final SerializedString AMOUNT = new SerializedString("amount");

    private static final SerializedString CURRENCY = new SerializedString("currency");

    private static final long serialVersionUID = 1L;

    /** The value of {@code amount}. */
    private final String amount;

    /** The value of {@code currency}. */
    private final String currency;

    /** The members of the JSON object that the model does not know. */
    private final Map<String, JsonNode> additionalProperties;

    private Money(Builder builder) {
        this.amount = builder.amount;
        this.currency = builder.currency;
        this.additionalProperties = ModelFields.copyOfMembers(builder.additionalProperties);
    }

    /**
     * <p>JSON member {@code amount}, optional; null when absent.
     *
     * @return JSON member {@code amount}, optional; null when absent
     */
    public String getAmount() {
        return amount;
    }

    /**
     * <p>JSON member {@code currency}, optional; null when absent.
     *
     * @return JSON member {@code currency}, optional; null when absent
     */
    public String getCurrency() {
        return currency;
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
        return this == other || (other instanceof Money that
                        && Objects.equals(this.amount, that.amount)
                        && Objects.equals(this.currency, that.currency)
                        && this.additionalProperties.equals(that.additionalProperties));
    }

    @Override
    public int hashCode() {
        return Objects.hash(amount, currency, additionalProperties);
    }

    /** {@return the values that are set, by wire name; secrets as {@code ***}} */
    @Override
    public String toString() {
        ModelText text = new ModelText("Money");
        text.add("amount", this.amount);
        text.add("currency", this.currency);
        text.addUnknown(this.additionalProperties);
        return text.toString();
    }

    @Override
    public void writeJson(JsonGenerator generator) throws IOException {
        generator.writeStartObject();
        JsonWriting.stringMember(generator, AMOUNT, this.amount);
        JsonWriting.stringMember(generator, CURRENCY, this.currency);
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
    public static Money readJson(JsonParser parser) throws IOException {
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
                    case "amount":
                        builder.amount = JsonReading.readString(parser);
                        break;
                    case "currency":
                        builder.currency = JsonReading.readString(parser);
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

    /** Builds a {@link Money}. Not thread-safe; {@link #build()} may be called more than once. */
    @Reviewed
    public static final class Builder {
        private String amount;

        private String currency;

        private final Map<String, JsonNode> additionalProperties = new LinkedHashMap<>();

        private Builder() {
        }

        private Builder(Money source) {
            this.amount = source.amount;
            this.currency = source.currency;
            this.additionalProperties.putAll(source.additionalProperties);
        }

        /**
         * <p>JSON member {@code amount}, optional; null when absent.
         *
         * @param amount JSON member {@code amount}, optional; null when absent
         * @return this builder
         */
        public Builder amount(String amount) {
            this.amount = amount;
            return this;
        }

        /**
         * <p>JSON member {@code currency}, optional; null when absent.
         *
         * @param currency JSON member {@code currency}, optional; null when absent
         * @return this builder
         */
        public Builder currency(String currency) {
            this.currency = currency;
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

        /** {@return an immutable Money with the values set so far} */
        public Money build() {
            return new Money(this);
        }
    }
}
