package dev.ackgen.golden.kinds.model;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.ackgen.runtime.json.IsoValues;
import dev.ackgen.runtime.json.JsonReadException;
import dev.ackgen.runtime.json.JsonReading;
import dev.ackgen.runtime.json.JsonWritable;
import dev.ackgen.runtime.json.JsonWriting;
import dev.ackgen.runtime.model.ModelFields;
import dev.ackgen.runtime.model.ModelText;
import java.io.IOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import javax.annotation.processing.Generated;

/**
 * A model of every scalar type: a required member, defaults, a deprecated member, a renamed member,
 * a secret and a description with characters javadoc must escape (&lt;b&gt;, &amp;, *&#47;).
 */
@Generated("dev.ackgen.generator")
@JsonDeserialize(
        using = JsonModelReaders.class
)
public final class Gadget implements JsonWritable {
    private static final SerializedString NAME = new SerializedString("name");

    private static final SerializedString COUNT = new SerializedString("count");

    private static final SerializedString SIZE = new SerializedString("size");

    private static final SerializedString RATIO = new SerializedString("ratio");

    private static final SerializedString WEIGHT = new SerializedString("weight");

    private static final SerializedString PRICE = new SerializedString("price");

    private static final SerializedString ENABLED = new SerializedString("enabled");

    private static final SerializedString CREATED = new SerializedString("created");

    private static final SerializedString DAY = new SerializedString("day");

    private static final SerializedString PASSWORD = new SerializedString("password");

    private static final SerializedString OLD_FIELD = new SerializedString("old_field");

    private static final SerializedString CLASS = new SerializedString("class");

    private static final SerializedString ANYTHING = new SerializedString("anything");

    /** The value of {@code name}. */
    private final String name;

    /** The value of {@code count}. */
    private final Integer count;

    /** The value of {@code size}. */
    private final Long size;

    /** The value of {@code ratio}. */
    private final Double ratio;

    /** The value of {@code weight}. */
    private final Float weight;

    /** The value of {@code price}. */
    private final Double price;

    /** The value of {@code enabled}. */
    private final Boolean enabled;

    /** The value of {@code created}. */
    private final OffsetDateTime created;

    /** The value of {@code day}. */
    private final LocalDate day;

    /** The value of {@code password}. */
    private final String password;

    /** The value of {@code old_field}. */
    private final String oldField;

    /** The value of {@code class}. */
    private final String kind;

    /** The value of {@code anything}. */
    private final JsonNode anything;

    /** The members of the JSON object that the model does not know. */
    private final Map<String, JsonNode> additionalProperties;

    private Gadget(Builder builder) {
        this.name = builder.name;
        this.count = builder.count;
        this.size = builder.size;
        this.ratio = builder.ratio;
        this.weight = builder.weight;
        this.price = builder.price;
        this.enabled = builder.enabled;
        this.created = builder.created;
        this.day = builder.day;
        this.password = builder.password;
        this.oldField = builder.oldField;
        this.kind = builder.kind;
        this.anything = builder.anything;
        this.additionalProperties = ModelFields.copyOfMembers(builder.additionalProperties);
    }

    /**
     * {@return the name}
     *
     * <p>JSON member {@code name}, required.
     */
    public String getName() {
        return name;
    }

    /**
     * {@return how many}
     *
     * <p>JSON member {@code count}, optional; null when absent (the server's default: {@code 3}).
     */
    public Integer getCount() {
        return count;
    }

    /**
     * <p>JSON member {@code size}, optional; null when absent.
     *
     * @return JSON member {@code size}, optional; null when absent
     */
    public Long getSize() {
        return size;
    }

    /**
     * <p>JSON member {@code ratio}, optional; null when absent.
     *
     * @return JSON member {@code ratio}, optional; null when absent
     */
    public Double getRatio() {
        return ratio;
    }

    /**
     * <p>JSON member {@code weight}, optional; null when absent.
     *
     * @return JSON member {@code weight}, optional; null when absent
     */
    public Float getWeight() {
        return weight;
    }

    /**
     * <p>JSON member {@code price}, optional; null when absent.
     *
     * @return JSON member {@code price}, optional; null when absent
     */
    public Double getPrice() {
        return price;
    }

    /**
     * <p>JSON member {@code enabled}, optional; null when absent (the server's default:
     * {@code true}).
     *
     * @return JSON member {@code enabled}, optional; null when absent (the server's default:
     *     {@code true})
     */
    public Boolean getEnabled() {
        return enabled;
    }

    /**
     * <p>JSON member {@code created}, optional; null when absent.
     *
     * @return JSON member {@code created}, optional; null when absent
     */
    public OffsetDateTime getCreated() {
        return created;
    }

    /**
     * <p>JSON member {@code day}, optional; null when absent.
     *
     * @return JSON member {@code day}, optional; null when absent
     */
    public LocalDate getDay() {
        return day;
    }

    /**
     * Never shown by toString.
     *
     * <p>JSON member {@code password}, optional; null when absent. A secret: never shown by
     * {@code toString}.
     *
     * @return never shown by toString
     */
    public String getPassword() {
        return password;
    }

    /**
     * Replaced by name.
     *
     * <p>JSON member {@code old_field}, optional; null when absent.
     * @deprecated the spec marks {@code old_field} deprecated
     * @return replaced by name
     */
    @Deprecated
    public String getOldField() {
        return oldField;
    }

    /**
     * {@return a keyword as a member name}
     *
     * <p>JSON member {@code class}, optional; null when absent.
     */
    public String getKind() {
        return kind;
    }

    /**
     * Any JSON value.
     *
     * <p>JSON member {@code anything}, optional; null when absent.
     *
     * @return any JSON value
     */
    public JsonNode getAnything() {
        return anything;
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
        return this == other || (other instanceof Gadget that
                        && Objects.equals(this.name, that.name)
                        && Objects.equals(this.count, that.count)
                        && Objects.equals(this.size, that.size)
                        && Objects.equals(this.ratio, that.ratio)
                        && Objects.equals(this.weight, that.weight)
                        && Objects.equals(this.price, that.price)
                        && Objects.equals(this.enabled, that.enabled)
                        && Objects.equals(this.created, that.created)
                        && Objects.equals(this.day, that.day)
                        && Objects.equals(this.password, that.password)
                        && Objects.equals(this.oldField, that.oldField)
                        && Objects.equals(this.kind, that.kind)
                        && Objects.equals(this.anything, that.anything)
                        && this.additionalProperties.equals(that.additionalProperties));
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, count, size, ratio, weight, price, enabled, created, day,
                password, oldField, kind, anything, additionalProperties);
    }

    /** {@return the values that are set, by wire name; secrets as {@code ***}} */
    @Override
    public String toString() {
        ModelText text = new ModelText("Gadget");
        text.add("name", this.name);
        text.add("count", this.count);
        text.add("size", this.size);
        text.add("ratio", this.ratio);
        text.add("weight", this.weight);
        text.add("price", this.price);
        text.add("enabled", this.enabled);
        text.add("created", this.created);
        text.add("day", this.day);
        text.addSecret("password", this.password);
        text.add("old_field", this.oldField);
        text.add("class", this.kind);
        text.add("anything", this.anything);
        text.addUnknown(this.additionalProperties);
        return text.toString();
    }

    @Override
    public void writeJson(JsonGenerator generator) throws IOException {
        generator.writeStartObject();
        JsonWriting.stringMember(generator, NAME, this.name);
        JsonWriting.intMember(generator, COUNT, this.count);
        JsonWriting.longMember(generator, SIZE, this.size);
        if (this.ratio != null) {
            generator.writeFieldName(RATIO);
            generator.writeNumber(this.ratio.doubleValue());
        }
        if (this.weight != null) {
            generator.writeFieldName(WEIGHT);
            generator.writeNumber(this.weight.floatValue());
        }
        if (this.price != null) {
            generator.writeFieldName(PRICE);
            generator.writeNumber(this.price.doubleValue());
        }
        JsonWriting.booleanMember(generator, ENABLED, this.enabled);
        if (this.created != null) {
            generator.writeFieldName(CREATED);
            IsoValues.write(generator, this.created);
        }
        if (this.day != null) {
            generator.writeFieldName(DAY);
            IsoValues.write(generator, this.day);
        }
        JsonWriting.stringMember(generator, PASSWORD, this.password);
        JsonWriting.stringMember(generator, OLD_FIELD, this.oldField);
        JsonWriting.stringMember(generator, CLASS, this.kind);
        if (this.anything != null) {
            generator.writeFieldName(ANYTHING);
            JsonWriting.writeTree(generator, this.anything);
        }
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
    public static Gadget readJson(JsonParser parser) throws IOException {
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
                    case "count":
                        builder.count = JsonReading.readInt(parser);
                        break;
                    case "size":
                        builder.size = JsonReading.readLong(parser);
                        break;
                    case "ratio":
                        builder.ratio = JsonReading.readDouble(parser);
                        break;
                    case "weight":
                        builder.weight = JsonReading.readFloat(parser);
                        break;
                    case "price":
                        builder.price = JsonReading.readDouble(parser);
                        break;
                    case "enabled":
                        builder.enabled = JsonReading.readBoolean(parser);
                        break;
                    case "created":
                        builder.created = IsoValues.readOffsetDateTime(parser);
                        break;
                    case "day":
                        builder.day = IsoValues.readLocalDate(parser);
                        break;
                    case "password":
                        builder.password = JsonReading.readString(parser);
                        break;
                    case "old_field":
                        builder.oldField = JsonReading.readString(parser);
                        break;
                    case "class":
                        builder.kind = JsonReading.readString(parser);
                        break;
                    case "anything":
                        builder.anything = JsonReading.readTree(parser);
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

    /** Builds a {@link Gadget}. Not thread-safe; {@link #build()} may be called more than once. */
    public static final class Builder {
        private String name;

        private Integer count;

        private Long size;

        private Double ratio;

        private Float weight;

        private Double price;

        private Boolean enabled;

        private OffsetDateTime created;

        private LocalDate day;

        private String password;

        private String oldField;

        private String kind;

        private JsonNode anything;

        private final Map<String, JsonNode> additionalProperties = new LinkedHashMap<>();

        private Builder() {
        }

        private Builder(Gadget source) {
            this.name = source.name;
            this.count = source.count;
            this.size = source.size;
            this.ratio = source.ratio;
            this.weight = source.weight;
            this.price = source.price;
            this.enabled = source.enabled;
            this.created = source.created;
            this.day = source.day;
            this.password = source.password;
            this.oldField = source.oldField;
            this.kind = source.kind;
            this.anything = source.anything;
            this.additionalProperties.putAll(source.additionalProperties);
        }

        /**
         * The name.
         *
         * <p>JSON member {@code name}, required.
         *
         * @param name the name
         * @return this builder
         */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /**
         * How many.
         *
         * <p>JSON member {@code count}, optional; null when absent (the server's default:
         * {@code 3}).
         *
         * @param count how many
         * @return this builder
         */
        public Builder count(Integer count) {
            this.count = count;
            return this;
        }

        /**
         * <p>JSON member {@code size}, optional; null when absent.
         *
         * @param size JSON member {@code size}, optional; null when absent
         * @return this builder
         */
        public Builder size(Long size) {
            this.size = size;
            return this;
        }

        /**
         * <p>JSON member {@code ratio}, optional; null when absent.
         *
         * @param ratio JSON member {@code ratio}, optional; null when absent
         * @return this builder
         */
        public Builder ratio(Double ratio) {
            this.ratio = ratio;
            return this;
        }

        /**
         * <p>JSON member {@code weight}, optional; null when absent.
         *
         * @param weight JSON member {@code weight}, optional; null when absent
         * @return this builder
         */
        public Builder weight(Float weight) {
            this.weight = weight;
            return this;
        }

        /**
         * <p>JSON member {@code price}, optional; null when absent.
         *
         * @param price JSON member {@code price}, optional; null when absent
         * @return this builder
         */
        public Builder price(Double price) {
            this.price = price;
            return this;
        }

        /**
         * <p>JSON member {@code enabled}, optional; null when absent (the server's default:
         * {@code true}).
         *
         * @param enabled JSON member {@code enabled}, optional; null when absent (the server's
         *     default: {@code true})
         * @return this builder
         */
        public Builder enabled(Boolean enabled) {
            this.enabled = enabled;
            return this;
        }

        /**
         * <p>JSON member {@code created}, optional; null when absent.
         *
         * @param created JSON member {@code created}, optional; null when absent
         * @return this builder
         */
        public Builder created(OffsetDateTime created) {
            this.created = created;
            return this;
        }

        /**
         * <p>JSON member {@code day}, optional; null when absent.
         *
         * @param day JSON member {@code day}, optional; null when absent
         * @return this builder
         */
        public Builder day(LocalDate day) {
            this.day = day;
            return this;
        }

        /**
         * Never shown by toString.
         *
         * <p>JSON member {@code password}, optional; null when absent. A secret: never shown by
         * {@code toString}.
         *
         * @param password never shown by toString
         * @return this builder
         */
        public Builder password(String password) {
            this.password = password;
            return this;
        }

        /**
         * Replaced by name.
         *
         * <p>JSON member {@code old_field}, optional; null when absent.
         * @deprecated the spec marks {@code old_field} deprecated
         * @param oldField replaced by name
         * @return this builder
         */
        @Deprecated
        public Builder oldField(String oldField) {
            this.oldField = oldField;
            return this;
        }

        /**
         * A keyword as a member name.
         *
         * <p>JSON member {@code class}, optional; null when absent.
         *
         * @param kind a keyword as a member name
         * @return this builder
         */
        public Builder kind(String kind) {
            this.kind = kind;
            return this;
        }

        /**
         * Any JSON value.
         *
         * <p>JSON member {@code anything}, optional; null when absent.
         *
         * @param anything any JSON value
         * @return this builder
         */
        public Builder anything(JsonNode anything) {
            this.anything = anything;
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

        /** {@return an immutable Gadget with the values set so far} */
        public Gadget build() {
            return new Gadget(this);
        }
    }
}
