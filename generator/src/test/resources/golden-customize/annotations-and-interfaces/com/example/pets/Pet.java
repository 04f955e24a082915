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
import dev.ackgen.generator.customize.Audited;
import dev.ackgen.generator.customize.Reviewed;
import dev.ackgen.runtime.json.IsoValues;
import dev.ackgen.runtime.json.JsonReadException;
import dev.ackgen.runtime.json.JsonReading;
import dev.ackgen.runtime.json.JsonWriting;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;
import javax.annotation.processing.Generated;

/**
 * A pet.
 */
@Generated("dev.ackgen.generator")
@SuppressWarnings("serial")
@JsonSerialize(
        using = Pet.JsonWriter.class
)
@JsonDeserialize(
        using = Pet.JsonReader.class
)
@Reviewed
public final class Pet implements Serializable, Audited {
    private static final long serialVersionUID = 1L;

    /**
     * The value of {@code name}.
     */
    private final String name;

    /**
     * The value of {@code born}.
     */
    private final OffsetDateTime born;

    /**
     * The value of {@code vaccinated_on}.
     */
    private final List<LocalDate> vaccinatedOn;

    /**
     * The value of {@code status}.
     */
    private final PetStatus status;

    /**
     * The value of {@code price}.
     */
    private final Money price;

    /**
     * The members of the JSON object that the model does not know.
     */
    private final Map<String, JsonNode> additionalProperties;

    private Pet(Builder builder) {
        this.name = builder.name;
        this.born = builder.born;
        this.vaccinatedOn = builder.vaccinatedOn == null ? null
                : Collections.unmodifiableList(new ArrayList<>(builder.vaccinatedOn));
        this.status = builder.status;
        this.price = builder.price;
        this.additionalProperties = builder.additionalProperties.isEmpty() ? Map.of()
                : Collections.unmodifiableMap(new LinkedHashMap<>(builder.additionalProperties));
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
        return vaccinatedOn == null ? List.of() : vaccinatedOn;
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

    /**
     * {@return the values that are set, by wire name; secrets as {@code ***}}
     */
    @Override
    public String toString() {
        StringJoiner text = new StringJoiner(", ", "Pet{", "}");
        if (this.name != null) {
            text.add("name=" + this.name);
        }
        if (this.born != null) {
            text.add("born=" + this.born);
        }
        if (this.vaccinatedOn != null) {
            text.add("vaccinated_on=" + this.vaccinatedOn);
        }
        if (this.status != null) {
            text.add("status=" + this.status);
        }
        if (this.price != null) {
            text.add("price=" + this.price);
        }
        if (!this.additionalProperties.isEmpty()) {
            text.add("additionalProperties=" + this.additionalProperties);
        }
        return text.toString();
    }

    /**
     * Builds a {@link Pet}. Not thread-safe; {@link #build()} may be called more than once.
     */
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

        /**
         * {@return an immutable Pet with the values set so far}
         */
        public Pet build() {
            return new Pet(this);
        }
    }

    /**
     * Writes a {@link Pet} as JSON, members under their wire names.
     */
    @Reviewed
    public static final class JsonWriter extends StdSerializer<Pet> {
        private static final long serialVersionUID = 1L;

        private static final SerializedString NAME = new SerializedString("name");

        private static final SerializedString BORN = new SerializedString("born");

        private static final SerializedString VACCINATED_ON = new SerializedString("vaccinated_on");

        private static final SerializedString STATUS = new SerializedString("status");

        private static final SerializedString PRICE = new SerializedString("price");

        /**
         * For Jackson, which finds this class through {@code @JsonSerialize}.
         */
        public JsonWriter() {
            super(Pet.class);
        }

        @Override
        public void serialize(Pet value, JsonGenerator generator, SerializerProvider provider)
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
        public static void write(Pet value, JsonGenerator generator) throws IOException {
            generator.writeStartObject();
            if (value.name != null) {
                generator.writeFieldName(NAME);
                generator.writeString(value.name);
            }
            if (value.born != null) {
                generator.writeFieldName(BORN);
                IsoValues.write(generator, value.born);
            }
            if (value.vaccinatedOn != null) {
                generator.writeFieldName(VACCINATED_ON);
                generator.writeStartArray();
                for (int i = 0; i < value.vaccinatedOn.size(); i++) {
                    LocalDate item = value.vaccinatedOn.get(i);
                    if (item == null) {
                        generator.writeNull();
                    } else {
                        IsoValues.write(generator, item);
                    }
                }
                generator.writeEndArray();
            }
            if (value.status != null) {
                generator.writeFieldName(STATUS);
                generator.writeString(value.status.toString());
            }
            if (value.price != null) {
                generator.writeFieldName(PRICE);
                Money.JsonWriter.write(value.price, generator);
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
     * Reads a {@link Pet} from JSON.
     */
    @Reviewed
    public static final class JsonReader extends StdDeserializer<Pet> {
        private static final long serialVersionUID = 1L;

        /**
         * For Jackson, which finds this class through {@code @JsonDeserialize}.
         */
        public JsonReader() {
            super(Pet.class);
        }

        @Override
        public Pet deserialize(JsonParser parser, DeserializationContext context) throws
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
        public static Pet read(JsonParser parser) throws IOException {
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
                            builder.price = Money.JsonReader.read(parser);
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
