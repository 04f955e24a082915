package dev.ackgen.golden.kinds.builder;

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

/** What a builder sets, adds to and puts into. */
@Generated("dev.ackgen.generator")
@JsonDeserialize(
        using = JsonModelReaders.class
)
public final class Order implements JsonWritable {
    private static final SerializedString ID = new SerializedString("id");

    private static final SerializedString PRIORITY = new SerializedString("priority");

    private static final SerializedString LINES = new SerializedString("lines");

    private static final SerializedString TAGS = new SerializedString("tags");

    private static final SerializedString LABELS = new SerializedString("labels");

    private static final SerializedString ADDRESS = new SerializedString("address");

    /** The value of {@code id}. */
    private final String id;

    /** The value of {@code priority}. */
    private final Integer priority;

    /** The value of {@code lines}. */
    private final List<Line> lines;

    /** The value of {@code tags}. */
    private final List<String> tags;

    /** The value of {@code labels}. */
    private final Map<String, String> labels;

    /** The value of {@code address}. */
    private final Address address;

    /** The members of the JSON object that the model does not know. */
    private final Map<String, JsonNode> additionalProperties;

    private Order(Builder builder) {
        this.id = builder.id;
        this.priority = builder.priority;
        this.lines = ModelFields.copyOf(builder.lines);
        this.tags = ModelFields.copyOf(builder.tags);
        this.labels = ModelFields.copyOf(builder.labels);
        this.address = builder.address;
        this.additionalProperties = ModelFields.copyOfMembers(builder.additionalProperties);
    }

    /**
     * <p>JSON member {@code id}, required.
     *
     * @return JSON member {@code id}, required
     */
    public String getId() {
        return id;
    }

    /**
     * <p>JSON member {@code priority}, optional; null when absent (the server's default:
     * {@code 5}).
     *
     * @return JSON member {@code priority}, optional; null when absent (the server's default:
     *     {@code 5})
     */
    public Integer getPriority() {
        return priority;
    }

    /**
     * <p>JSON member {@code lines}, required.
     *
     * @return JSON member {@code lines}, required
     */
    public List<Line> getLines() {
        return ModelFields.orEmpty(lines);
    }

    /**
     * Whether {@code lines} was present, even empty: {@link #getLines()} reads an absent list as
     * empty.
     *
     * @return false when absent
     */
    public boolean hasLines() {
        return lines != null;
    }

    /**
     * <p>JSON member {@code tags}, optional; read as empty when absent ({@code hasTags()} tells
     * absent from empty).
     *
     * @return JSON member {@code tags}, optional; read as empty when absent ({@code hasTags()}
     *     tells absent from empty)
     */
    public List<String> getTags() {
        return ModelFields.orEmpty(tags);
    }

    /**
     * Whether {@code tags} was present, even empty: {@link #getTags()} reads an absent list as
     * empty.
     *
     * @return false when absent
     */
    public boolean hasTags() {
        return tags != null;
    }

    /**
     * <p>JSON member {@code labels}, optional; read as empty when absent ({@code hasLabels()} tells
     * absent from empty).
     *
     * @return JSON member {@code labels}, optional; read as empty when absent ({@code hasLabels()}
     *     tells absent from empty)
     */
    public Map<String, String> getLabels() {
        return ModelFields.orEmpty(labels);
    }

    /**
     * Whether {@code labels} was present, even empty: {@link #getLabels()} reads an absent map as
     * empty.
     *
     * @return false when absent
     */
    public boolean hasLabels() {
        return labels != null;
    }

    /**
     * {@return an inline object, built by a builder of its own}
     *
     * <p>JSON member {@code address}, optional; null when absent.
     */
    public Address getAddress() {
        return address;
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
        return this == other || (other instanceof Order that
                        && Objects.equals(this.id, that.id)
                        && Objects.equals(this.priority, that.priority)
                        && Objects.equals(this.lines, that.lines)
                        && Objects.equals(this.tags, that.tags)
                        && Objects.equals(this.labels, that.labels)
                        && Objects.equals(this.address, that.address)
                        && this.additionalProperties.equals(that.additionalProperties));
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, priority, lines, tags, labels, address, additionalProperties);
    }

    /** {@return the values that are set, by wire name; secrets as {@code ***}} */
    @Override
    public String toString() {
        ModelText text = new ModelText("Order");
        text.add("id", this.id);
        text.add("priority", this.priority);
        text.add("lines", this.lines);
        text.add("tags", this.tags);
        text.add("labels", this.labels);
        text.add("address", this.address);
        text.addUnknown(this.additionalProperties);
        return text.toString();
    }

    @Override
    public void writeJson(JsonGenerator generator) throws IOException {
        generator.writeStartObject();
        JsonWriting.stringMember(generator, ID, this.id);
        JsonWriting.intMember(generator, PRIORITY, this.priority);
        if (this.lines != null) {
            generator.writeFieldName(LINES);
            generator.writeStartArray();
            for (int i = 0; i < this.lines.size(); i++) {
                Line item = this.lines.get(i);
                if (item == null) {
                    generator.writeNull();
                } else {
                    item.writeJson(generator);
                }
            }
            generator.writeEndArray();
        }
        if (this.tags != null) {
            generator.writeFieldName(TAGS);
            generator.writeStartArray();
            for (int i = 0; i < this.tags.size(); i++) {
                String item = this.tags.get(i);
                if (item == null) {
                    generator.writeNull();
                } else {
                    generator.writeString(item);
                }
            }
            generator.writeEndArray();
        }
        if (this.labels != null) {
            generator.writeFieldName(LABELS);
            generator.writeStartObject();
            for (Map.Entry<String, String> entry : this.labels.entrySet()) {
                generator.writeFieldName(entry.getKey());
                if (entry.getValue() == null) {
                    generator.writeNull();
                } else {
                    generator.writeString(entry.getValue());
                }
            }
            generator.writeEndObject();
        }
        JsonWriting.objectMember(generator, ADDRESS, this.address);
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
    public static Order readJson(JsonParser parser) throws IOException {
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
                    case "id":
                        builder.id = JsonReading.readString(parser);
                        break;
                    case "priority":
                        builder.priority = JsonReading.readInt(parser);
                        break;
                    case "lines":
                        builder.lines = JsonReading.readList(parser, Line::readJson);
                        break;
                    case "tags":
                        builder.tags = JsonReading.readList(parser, JsonReading::readString);
                        break;
                    case "labels":
                        builder.labels = JsonReading.readMap(parser, JsonReading::readString);
                        break;
                    case "address":
                        builder.address = Address.readJson(parser);
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

    /** Builds a {@link Order}. Not thread-safe; {@link #build()} may be called more than once. */
    public static final class Builder {
        private String id;

        private Integer priority;

        private List<Line> lines;

        private List<String> tags;

        private Map<String, String> labels;

        private Address address;

        private final Map<String, JsonNode> additionalProperties = new LinkedHashMap<>();

        private Builder() {
        }

        private Builder(Order source) {
            this.id = source.id;
            this.priority = source.priority;
            this.lines = source.lines;
            this.tags = source.tags;
            this.labels = source.labels;
            this.address = source.address;
            this.additionalProperties.putAll(source.additionalProperties);
        }

        /**
         * <p>JSON member {@code id}, required.
         *
         * @param id JSON member {@code id}, required
         * @return this builder
         */
        public Builder id(String id) {
            this.id = id;
            return this;
        }

        /**
         * <p>JSON member {@code priority}, optional; null when absent (the server's default:
         * {@code 5}).
         *
         * @param priority JSON member {@code priority}, optional; null when absent (the server's
         *     default: {@code 5})
         * @return this builder
         */
        public Builder priority(Integer priority) {
            this.priority = priority;
            return this;
        }

        /**
         * <p>JSON member {@code lines}, required.
         *
         * @param lines JSON member {@code lines}, required
         * @return this builder
         */
        public Builder lines(List<Line> lines) {
            this.lines = lines;
            return this;
        }

        /**
         * Sets {@code lines} to these items.
         *
         * @see #lines(List<Line>)
         * @param lines the items
         * @return this builder
         */
        public Builder lines(Line... lines) {
            this.lines = List.of(lines);
            return this;
        }

        /**
         * <p>JSON member {@code tags}, optional; read as empty when absent ({@code hasTags()} tells
         * absent from empty).
         *
         * @param tags JSON member {@code tags}, optional; read as empty when absent
         *     ({@code hasTags()} tells absent from empty)
         * @return this builder
         */
        public Builder tags(List<String> tags) {
            this.tags = tags;
            return this;
        }

        /**
         * Sets {@code tags} to these items.
         *
         * @see #tags(List<String>)
         * @param tags the items
         * @return this builder
         */
        public Builder tags(String... tags) {
            this.tags = List.of(tags);
            return this;
        }

        /**
         * <p>JSON member {@code labels}, optional; read as empty when absent ({@code hasLabels()}
         * tells absent from empty).
         *
         * @param labels JSON member {@code labels}, optional; read as empty when absent
         *     ({@code hasLabels()} tells absent from empty)
         * @return this builder
         */
        public Builder labels(Map<String, String> labels) {
            this.labels = labels;
            return this;
        }

        /**
         * An inline object, built by a builder of its own.
         *
         * <p>JSON member {@code address}, optional; null when absent.
         *
         * @param address an inline object, built by a builder of its own
         * @return this builder
         */
        public Builder address(Address address) {
            this.address = address;
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

        /** {@return an immutable Order with the values set so far} */
        public Order build() {
            return new Order(this);
        }
    }

    /** An inline object, built by a builder of its own. */
    @JsonDeserialize(
            using = JsonModelReaders.class
    )
    public static final class Address implements JsonWritable {
        private static final SerializedString STREET = new SerializedString("street");

        private static final SerializedString ZIP = new SerializedString("zip");

        /** The value of {@code street}. */
        private final String street;

        /** The value of {@code zip}. */
        private final String zip;

        /** The members of the JSON object that the model does not know. */
        private final Map<String, JsonNode> additionalProperties;

        private Address(Builder builder) {
            this.street = builder.street;
            this.zip = builder.zip;
            this.additionalProperties = ModelFields.copyOfMembers(builder.additionalProperties);
        }

        /**
         * <p>JSON member {@code street}, optional; null when absent.
         *
         * @return JSON member {@code street}, optional; null when absent
         */
        public String getStreet() {
            return street;
        }

        /**
         * <p>JSON member {@code zip}, optional; null when absent.
         *
         * @return JSON member {@code zip}, optional; null when absent
         */
        public String getZip() {
            return zip;
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
            return this == other || (other instanceof Address that
                            && Objects.equals(this.street, that.street)
                            && Objects.equals(this.zip, that.zip)
                            && this.additionalProperties.equals(that.additionalProperties));
        }

        @Override
        public int hashCode() {
            return Objects.hash(street, zip, additionalProperties);
        }

        /** {@return the values that are set, by wire name; secrets as {@code ***}} */
        @Override
        public String toString() {
            ModelText text = new ModelText("Address");
            text.add("street", this.street);
            text.add("zip", this.zip);
            text.addUnknown(this.additionalProperties);
            return text.toString();
        }

        @Override
        public void writeJson(JsonGenerator generator) throws IOException {
            generator.writeStartObject();
            JsonWriting.stringMember(generator, STREET, this.street);
            JsonWriting.stringMember(generator, ZIP, this.zip);
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
        public static Address readJson(JsonParser parser) throws IOException {
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
                        case "street":
                            builder.street = JsonReading.readString(parser);
                            break;
                        case "zip":
                            builder.zip = JsonReading.readString(parser);
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
         * Builds a {@link Address}. Not thread-safe; {@link #build()} may be called more than
         * once.
         */
        public static final class Builder {
            private String street;

            private String zip;

            private final Map<String, JsonNode> additionalProperties = new LinkedHashMap<>();

            private Builder() {
            }

            private Builder(Address source) {
                this.street = source.street;
                this.zip = source.zip;
                this.additionalProperties.putAll(source.additionalProperties);
            }

            /**
             * <p>JSON member {@code street}, optional; null when absent.
             *
             * @param street JSON member {@code street}, optional; null when absent
             * @return this builder
             */
            public Builder street(String street) {
                this.street = street;
                return this;
            }

            /**
             * <p>JSON member {@code zip}, optional; null when absent.
             *
             * @param zip JSON member {@code zip}, optional; null when absent
             * @return this builder
             */
            public Builder zip(String zip) {
                this.zip = zip;
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

            /** {@return an immutable Address with the values set so far} */
            public Address build() {
                return new Address(this);
            }
        }
    }
}
