package com.example.pets;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.ackgen.generator.customize.Audited;
import dev.ackgen.generator.customize.Reviewed;
import dev.ackgen.runtime.json.IsoValues;
import dev.ackgen.runtime.json.JsonReadException;
import dev.ackgen.runtime.json.JsonReading;
import dev.ackgen.runtime.json.JsonWritable;
import dev.ackgen.runtime.json.JsonWriting;
import dev.ackgen.runtime.model.ModelFields;
import dev.ackgen.runtime.model.ModelText;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.annotation.processing.Generated;

/** A pet. */
@Generated("dev.ackgen.generator")
@SuppressWarnings("serial")
@JsonDeserialize(
        using = JsonModelReaders.class
)
@Reviewed
public final class Pet implements JsonWritable, Serializable, Audited {
    private static final SerializedString NAME = new SerializedString("name");

    private static final SerializedString BORN = new SerializedString("born");

    private static final SerializedString VACCINATED_ON = new SerializedString("vaccinated_on");

    private static final SerializedString STATUS = new SerializedString("status");

    private static final SerializedString PRICE = new SerializedString("price");

    private static final long serialVersionUID = 1L;

    /** The value of {@code name}. */
    private final String name;

    /** The value of {@code born}. */
    private final OffsetDateTime born;

    /** The value of {@code vaccinated_on}. */
    private final List<LocalDate> vaccinatedOn;

    /** The value of {@code status}. */
    private final PetStatus status;

    /** The value of {@code price}. */
    private final Money price;

    /** The members of the JSON object that the model does not know. */
    private final Map<String, JsonNode> additionalProperties;

    private Pet(Builder builder) {
        this.name = builder.name;
        this.born = builder.born;
        this.vaccinatedOn = ModelFields.copyOf(builder.vaccinatedOn);
        this.status = builder.status;
        this.price = builder.price;
        this.additionalProperties = ModelFields.copyOfMembers(builder.additionalProperties);
    }

    /**
     * {@return the pet's name}
     *
     * <p>JSON member {@code name}, required.
     */
    public String getName() {
        return name;
    }

    /**
     * When the pet was born.
     *
     * <p>JSON member {@code born}, optional; null when absent.
     *
     * @return when the pet was born
     */
    public OffsetDateTime getBorn() {
        return born;
    }

    /**
     * {@return the days of its vaccinations}
     *
     * <p>JSON member {@code vaccinated_on}, optional; read as empty when absent
     * ({@code hasVaccinatedOn()} tells absent from empty).
     */
    public List<LocalDate> getVaccinatedOn() {
        return ModelFields.orEmpty(vaccinatedOn);
    }

    /**
     * Whether {@code vaccinated_on} was present, even empty: {@link #getVaccinatedOn()} reads an
     * absent list as empty.
     *
     * @return false when absent
     */
    public boolean hasVaccinatedOn() {
        return vaccinatedOn != null;
    }

    /**
     * Where the pet is.
     *
     * <p>JSON member {@code status}, optional; null when absent.
     *
     * @return where the pet is
     */
    public PetStatus getStatus() {
        return status;
    }

    /**
     * {@return an amount in a currency}
     *
     * <p>JSON member {@code price}, optional; null when absent.
     */
    public Money getPrice() {
        return price;
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
        return this == other || (other instanceof Pet that
                        && Objects.equals(this.name, that.name)
                        && Objects.equals(this.born, that.born)
                        && Objects.equals(this.vaccinatedOn, that.vaccinatedOn)
                        && Objects.equals(this.status, that.status)
                        && Objects.equals(this.price, that.price)
                        && this.additionalProperties.equals(that.additionalProperties));
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, born, vaccinatedOn, status, price, additionalProperties);
    }

    /** {@return the values that are set, by wire name; secrets as {@code ***}} */
    @Override
    public String toString() {
        ModelText text = new ModelText("Pet");
        text.add("name", this.name);
        text.add("born", this.born);
        text.add("vaccinated_on", this.vaccinatedOn);
        text.add("status", this.status);
        text.add("price", this.price);
        text.addUnknown(this.additionalProperties);
        return text.toString();
    }

    @Override
    public void writeJson(JsonGenerator generator) throws IOException {
        generator.writeStartObject();
        JsonWriting.stringMember(generator, NAME, this.name);
        if (this.born != null) {
            generator.writeFieldName(BORN);
            IsoValues.write(generator, this.born);
        }
        if (this.vaccinatedOn != null) {
            generator.writeFieldName(VACCINATED_ON);
            generator.writeStartArray();
            for (int i = 0; i < this.vaccinatedOn.size(); i++) {
                LocalDate item = this.vaccinatedOn.get(i);
                if (item == null) {
                    generator.writeNull();
                } else {
                    IsoValues.write(generator, item);
                }
            }
            generator.writeEndArray();
        }
        JsonWriting.enumMember(generator, STATUS, this.status);
        JsonWriting.objectMember(generator, PRICE, this.price);
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
    public static Pet readJson(JsonParser parser) throws IOException {
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
                    case "born":
                        builder.born = IsoValues.readOffsetDateTime(parser);
                        break;
                    case "vaccinated_on":
                        builder.vaccinatedOn = JsonReading.readList(parser,
                                IsoValues::readLocalDate);
                        break;
                    case "status":
                        builder.status = JsonReading.readEnum(parser, PetStatus::valueOf);
                        break;
                    case "price":
                        builder.price = Money.readJson(parser);
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

    /** Builds a {@link Pet}. Not thread-safe; {@link #build()} may be called more than once. */
    @Reviewed
    public static final class Builder {
        private String name;

        private OffsetDateTime born;

        private List<LocalDate> vaccinatedOn;

        private PetStatus status;

        private Money price;

        private final Map<String, JsonNode> additionalProperties = new LinkedHashMap<>();

        private Builder() {
        }

        private Builder(Pet source) {
            this.name = source.name;
            this.born = source.born;
            this.vaccinatedOn = source.vaccinatedOn;
            this.status = source.status;
            this.price = source.price;
            this.additionalProperties.putAll(source.additionalProperties);
        }

        /**
         * The pet's name.
         *
         * <p>JSON member {@code name}, required.
         *
         * @param name the pet's name
         * @return this builder
         */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /**
         * When the pet was born.
         *
         * <p>JSON member {@code born}, optional; null when absent.
         *
         * @param born when the pet was born
         * @return this builder
         */
        public Builder born(OffsetDateTime born) {
            this.born = born;
            return this;
        }

        /**
         * The days of its vaccinations.
         *
         * <p>JSON member {@code vaccinated_on}, optional; read as empty when absent
         * ({@code hasVaccinatedOn()} tells absent from empty).
         *
         * @param vaccinatedOn the days of its vaccinations
         * @return this builder
         */
        public Builder vaccinatedOn(List<LocalDate> vaccinatedOn) {
            this.vaccinatedOn = vaccinatedOn;
            return this;
        }

        /**
         * Sets {@code vaccinated_on} to these items.
         *
         * @see #vaccinatedOn(List<LocalDate>)
         * @param vaccinatedOn the items
         * @return this builder
         */
        public Builder vaccinatedOn(LocalDate... vaccinatedOn) {
            this.vaccinatedOn = List.of(vaccinatedOn);
            return this;
        }

        /**
         * Where the pet is.
         *
         * <p>JSON member {@code status}, optional; null when absent.
         *
         * @param status where the pet is
         * @return this builder
         */
        public Builder status(PetStatus status) {
            this.status = status;
            return this;
        }

        /**
         * An amount in a currency.
         *
         * <p>JSON member {@code price}, optional; null when absent.
         *
         * @param price an amount in a currency
         * @return this builder
         */
        public Builder price(Money price) {
            this.price = price;
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

        /** {@return an immutable Pet with the values set so far} */
        public Pet build() {
            return new Pet(this);
        }
    }
}
