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
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;
import javax.annotation.processing.Generated;

/**
 */
@Generated("dev.ackgen.generator")
@JsonSerialize(
        using = ListPetsResponse.JsonWriter.class
)
@JsonDeserialize(
        using = ListPetsResponse.JsonReader.class
)
public final class ListPetsResponse {
    /**
     * The value of {@code pets}.
     */
    private final List<Animal> pets;

    /**
     * The value of {@code page_info}.
     */
    private final Paging paging;

    /**
     * The members of the JSON object that the model does not know.
     */
    private final Map<String, JsonNode> additionalProperties;

    private ListPetsResponse(Builder builder) {
        this.pets = builder.pets == null ? null
                : Collections.unmodifiableList(new ArrayList<>(builder.pets));
        this.paging = builder.paging;
        this.additionalProperties = builder.additionalProperties.isEmpty() ? Map.of()
                : Collections.unmodifiableMap(new LinkedHashMap<>(builder.additionalProperties));
    }

    /**
     * <p>JSON member {@code pets}, optional; read as empty when absent ({@code hasPets()} tells
     * absent from empty).
     *
     * @return JSON member {@code pets}, optional; read as empty when absent ({@code hasPets()}
     *     tells absent from empty)
     */
    public List<Animal> getPets() {
        return pets == null ? List.of() : pets;
    }

    /**
     * Whether {@code pets} was present, even empty: {@link #getPets()} reads an absent list as
     * empty.
     *
     * @return false when absent
     */
    public boolean hasPets() {
        return pets != null;
    }

    /**
     * Where this page is.
     *
     * <p>JSON member {@code page_info}, optional; null when absent.
     *
     * @return where this page is
     */
    public Paging getPaging() {
        return paging;
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
        return this == other || (other instanceof ListPetsResponse that
                        && Objects.equals(this.pets, that.pets)
                        && Objects.equals(this.paging, that.paging)
                        && this.additionalProperties.equals(that.additionalProperties));
    }

    @Override
    public int hashCode() {
        return Objects.hash(pets, paging, additionalProperties);
    }

    /**
     * {@return the values that are set, by wire name; secrets as {@code ***}}
     */
    @Override
    public String toString() {
        StringJoiner text = new StringJoiner(", ", "ListPetsResponse{", "}");
        if (this.pets != null) {
            text.add("pets=" + this.pets);
        }
        if (this.paging != null) {
            text.add("page_info=" + this.paging);
        }
        if (!this.additionalProperties.isEmpty()) {
            text.add("additionalProperties=" + this.additionalProperties);
        }
        return text.toString();
    }

    /**
     * Builds a {@link ListPetsResponse}. Not thread-safe; {@link #build()} may be called more than
     * once.
     */
    public static final class Builder {
        private List<Animal> pets;

        private Paging paging;

        private final Map<String, JsonNode> additionalProperties = new LinkedHashMap<>();

        private Builder() {
        }

        private Builder(ListPetsResponse source) {
            this.pets = source.pets;
            this.paging = source.paging;
            this.additionalProperties.putAll(source.additionalProperties);
        }

        /**
         * <p>JSON member {@code pets}, optional; read as empty when absent ({@code hasPets()} tells
         * absent from empty).
         *
         * @param pets JSON member {@code pets}, optional; read as empty when absent
         *     ({@code hasPets()} tells absent from empty)
         * @return this builder
         */
        public Builder pets(List<Animal> pets) {
            this.pets = pets;
            return this;
        }

        /**
         * Sets {@code pets} to these items.
         *
         * @see #pets(List<Animal>)
         * @param pets the items
         * @return this builder
         */
        public Builder pets(Animal... pets) {
            this.pets = List.of(pets);
            return this;
        }

        /**
         * Where this page is.
         *
         * <p>JSON member {@code page_info}, optional; null when absent.
         *
         * @param paging where this page is
         * @return this builder
         */
        public Builder paging(Paging paging) {
            this.paging = paging;
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
         * {@return an immutable ListPetsResponse with the values set so far}
         */
        public ListPetsResponse build() {
            return new ListPetsResponse(this);
        }
    }

    /**
     * Writes a {@link ListPetsResponse} as JSON, members under their wire names.
     */
    public static final class JsonWriter extends StdSerializer<ListPetsResponse> {
        private static final long serialVersionUID = 1L;

        private static final SerializedString PETS = new SerializedString("pets");

        private static final SerializedString PAGE_INFO = new SerializedString("page_info");

        /**
         * For Jackson, which finds this class through {@code @JsonSerialize}.
         */
        public JsonWriter() {
            super(ListPetsResponse.class);
        }

        @Override
        public void serialize(ListPetsResponse value, JsonGenerator generator,
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
        public static void write(ListPetsResponse value, JsonGenerator generator) throws
                IOException {
            generator.writeStartObject();
            if (value.pets != null) {
                generator.writeFieldName(PETS);
                generator.writeStartArray();
                for (int i = 0; i < value.pets.size(); i++) {
                    Animal item = value.pets.get(i);
                    if (item == null) {
                        generator.writeNull();
                    } else {
                        Animal.JsonWriter.write(item, generator);
                    }
                }
                generator.writeEndArray();
            }
            if (value.paging != null) {
                generator.writeFieldName(PAGE_INFO);
                Paging.JsonWriter.write(value.paging, generator);
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
     * Reads a {@link ListPetsResponse} from JSON.
     */
    public static final class JsonReader extends StdDeserializer<ListPetsResponse> {
        private static final long serialVersionUID = 1L;

        /**
         * For Jackson, which finds this class through {@code @JsonDeserialize}.
         */
        public JsonReader() {
            super(ListPetsResponse.class);
        }

        @Override
        public ListPetsResponse deserialize(JsonParser parser, DeserializationContext context)
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
        public static ListPetsResponse read(JsonParser parser) throws IOException {
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
                        case "pets":
                            builder.pets = JsonReading.readList(parser, Animal.JsonReader::read);
                            break;
                        case "page_info":
                            builder.paging = Paging.JsonReader.read(parser);
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

    /**
     * Where this page is.
     */
    @JsonSerialize(
            using = Paging.JsonWriter.class
    )
    @JsonDeserialize(
            using = Paging.JsonReader.class
    )
    public static final class Paging {
        /**
         * The value of {@code page_number}.
         */
        private final Integer pageNumber;

        /**
         * The value of {@code total_count}.
         */
        private final Long totalCount;

        /**
         * The members of the JSON object that the model does not know.
         */
        private final Map<String, JsonNode> additionalProperties;

        private Paging(Builder builder) {
            this.pageNumber = builder.pageNumber;
            this.totalCount = builder.totalCount;
            this.additionalProperties = builder.additionalProperties.isEmpty() ? Map.of()
                    : Collections.unmodifiableMap(new LinkedHashMap<>(builder.additionalProperties));
        }

        /**
         * <p>JSON member {@code page_number}, optional; null when absent.
         *
         * @return JSON member {@code page_number}, optional; null when absent
         */
        public Integer getPageNumber() {
            return pageNumber;
        }

        /**
         * <p>JSON member {@code total_count}, optional; null when absent.
         *
         * @return JSON member {@code total_count}, optional; null when absent
         */
        public Long getTotalCount() {
            return totalCount;
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
            return this == other || (other instanceof Paging that
                            && Objects.equals(this.pageNumber, that.pageNumber)
                            && Objects.equals(this.totalCount, that.totalCount)
                            && this.additionalProperties.equals(that.additionalProperties));
        }

        @Override
        public int hashCode() {
            return Objects.hash(pageNumber, totalCount, additionalProperties);
        }

        /**
         * {@return the values that are set, by wire name; secrets as {@code ***}}
         */
        @Override
        public String toString() {
            StringJoiner text = new StringJoiner(", ", "Paging{", "}");
            if (this.pageNumber != null) {
                text.add("page_number=" + this.pageNumber);
            }
            if (this.totalCount != null) {
                text.add("total_count=" + this.totalCount);
            }
            if (!this.additionalProperties.isEmpty()) {
                text.add("additionalProperties=" + this.additionalProperties);
            }
            return text.toString();
        }

        /**
         * Builds a {@link Paging}. Not thread-safe; {@link #build()} may be called
         * more than once.
         */
        public static final class Builder {
            private Integer pageNumber;

            private Long totalCount;

            private final Map<String, JsonNode> additionalProperties = new LinkedHashMap<>();

            private Builder() {
            }

            private Builder(Paging source) {
                this.pageNumber = source.pageNumber;
                this.totalCount = source.totalCount;
                this.additionalProperties.putAll(source.additionalProperties);
            }

            /**
             * <p>JSON member {@code page_number}, optional; null when absent.
             *
             * @param pageNumber JSON member {@code page_number}, optional; null when absent
             * @return this builder
             */
            public Builder pageNumber(Integer pageNumber) {
                this.pageNumber = pageNumber;
                return this;
            }

            /**
             * <p>JSON member {@code total_count}, optional; null when absent.
             *
             * @param totalCount JSON member {@code total_count}, optional; null when absent
             * @return this builder
             */
            public Builder totalCount(Long totalCount) {
                this.totalCount = totalCount;
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
             * {@return an immutable Paging with the values set so far}
             */
            public Paging build() {
                return new Paging(this);
            }
        }

        /**
         * Writes a {@link Paging} as JSON, members under their wire names.
         */
        public static final class JsonWriter extends StdSerializer<Paging> {
            private static final long serialVersionUID = 1L;

            private static final SerializedString PAGE_NUMBER = new SerializedString("page_number");

            private static final SerializedString TOTAL_COUNT = new SerializedString("total_count");

            /**
             * For Jackson, which finds this class through {@code @JsonSerialize}.
             */
            public JsonWriter() {
                super(Paging.class);
            }

            @Override
            public void serialize(Paging value, JsonGenerator generator,
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
            public static void write(Paging value, JsonGenerator generator) throws IOException {
                generator.writeStartObject();
                if (value.pageNumber != null) {
                    generator.writeFieldName(PAGE_NUMBER);
                    generator.writeNumber(value.pageNumber.intValue());
                }
                if (value.totalCount != null) {
                    generator.writeFieldName(TOTAL_COUNT);
                    generator.writeNumber(value.totalCount.longValue());
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
         * Reads a {@link Paging} from JSON.
         */
        public static final class JsonReader extends StdDeserializer<Paging> {
            private static final long serialVersionUID = 1L;

            /**
             * For Jackson, which finds this class through {@code @JsonDeserialize}.
             */
            public JsonReader() {
                super(Paging.class);
            }

            @Override
            public Paging deserialize(JsonParser parser, DeserializationContext context) throws
                    IOException {
                return read(parser);
            }

            /**
             * {@return the object the parser stands on; null for a JSON null} Members the model
             * does
             * not know are kept.
             *
             * @param parser the parser
             * @throws IOException if reading or writing the JSON fails
             */
            public static Paging read(JsonParser parser) throws IOException {
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
                            case "page_number":
                                builder.pageNumber = JsonReading.readInt(parser);
                                break;
                            case "total_count":
                                builder.totalCount = JsonReading.readLong(parser);
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
}
