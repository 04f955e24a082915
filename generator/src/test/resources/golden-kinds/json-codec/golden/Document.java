package dev.ackgen.golden.kinds.jsoncodec;

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
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.annotation.processing.Generated;

/**
 * Members the codec writes and reads: scalars, lists, lists of lists, maps, maps of lists, nested
 * objects (by reference and inline), an enum, free-form JSON, and members it does not know, which
 * it keeps.
 */
@Generated("dev.ackgen.generator")
@JsonDeserialize(
        using = JsonModelReaders.class
)
public final class Document implements JsonWritable {
    private static final SerializedString TITLE = new SerializedString("title");

    private static final SerializedString PAGES = new SerializedString("pages");

    private static final SerializedString BYTES = new SerializedString("bytes");

    private static final SerializedString SCORE = new SerializedString("score");

    private static final SerializedString DRAFT = new SerializedString("draft");

    private static final SerializedString UPDATED = new SerializedString("updated");

    private static final SerializedString WORDS = new SerializedString("words");

    private static final SerializedString MATRIX = new SerializedString("matrix");

    private static final SerializedString ATTRIBUTES = new SerializedString("attributes");

    private static final SerializedString SECTIONS_BY_NAME = new SerializedString(
            "sections_by_name");

    private static final SerializedString AUTHOR = new SerializedString("author");

    private static final SerializedString REVIEWERS = new SerializedString("reviewers");

    private static final SerializedString STATE = new SerializedString("state");

    private static final SerializedString META = new SerializedString("meta");

    private static final SerializedString EXTRA = new SerializedString("extra");

    /** The value of {@code title}. */
    private final String title;

    /** The value of {@code pages}. */
    private final Integer pages;

    /** The value of {@code bytes}. */
    private final Long bytes;

    /** The value of {@code score}. */
    private final Double score;

    /** The value of {@code draft}. */
    private final Boolean draft;

    /** The value of {@code updated}. */
    private final OffsetDateTime updated;

    /** The value of {@code words}. */
    private final List<String> words;

    /** The value of {@code matrix}. */
    private final List<List<Integer>> matrix;

    /** The value of {@code attributes}. */
    private final Map<String, String> attributes;

    /** The value of {@code sections_by_name}. */
    private final Map<String, List<Section>> sectionsByName;

    /** The value of {@code author}. */
    private final Person author;

    /** The value of {@code reviewers}. */
    private final List<Person> reviewers;

    /** The value of {@code state}. */
    private final State state;

    /** The value of {@code meta}. */
    private final Meta meta;

    /** The value of {@code extra}. */
    private final JsonNode extra;

    /** The members of the JSON object that the model does not know. */
    private final Map<String, JsonNode> additionalProperties;

    private Document(Builder builder) {
        this.title = builder.title;
        this.pages = builder.pages;
        this.bytes = builder.bytes;
        this.score = builder.score;
        this.draft = builder.draft;
        this.updated = builder.updated;
        this.words = ModelFields.copyOf(builder.words);
        this.matrix = ModelFields.copyOf(builder.matrix);
        this.attributes = ModelFields.copyOf(builder.attributes);
        this.sectionsByName = ModelFields.copyOf(builder.sectionsByName);
        this.author = builder.author;
        this.reviewers = ModelFields.copyOf(builder.reviewers);
        this.state = builder.state;
        this.meta = builder.meta;
        this.extra = builder.extra;
        this.additionalProperties = ModelFields.copyOfMembers(builder.additionalProperties);
    }

    /**
     * <p>JSON member {@code title}, optional; null when absent.
     *
     * @return JSON member {@code title}, optional; null when absent
     */
    public String getTitle() {
        return title;
    }

    /**
     * <p>JSON member {@code pages}, optional; null when absent.
     *
     * @return JSON member {@code pages}, optional; null when absent
     */
    public Integer getPages() {
        return pages;
    }

    /**
     * <p>JSON member {@code bytes}, optional; null when absent.
     *
     * @return JSON member {@code bytes}, optional; null when absent
     */
    public Long getBytes() {
        return bytes;
    }

    /**
     * <p>JSON member {@code score}, optional; null when absent.
     *
     * @return JSON member {@code score}, optional; null when absent
     */
    public Double getScore() {
        return score;
    }

    /**
     * <p>JSON member {@code draft}, optional; null when absent.
     *
     * @return JSON member {@code draft}, optional; null when absent
     */
    public Boolean getDraft() {
        return draft;
    }

    /**
     * <p>JSON member {@code updated}, optional; null when absent.
     *
     * @return JSON member {@code updated}, optional; null when absent
     */
    public OffsetDateTime getUpdated() {
        return updated;
    }

    /**
     * <p>JSON member {@code words}, optional; read as empty when absent ({@code hasWords()} tells
     * absent from empty).
     *
     * @return JSON member {@code words}, optional; read as empty when absent ({@code hasWords()}
     *     tells absent from empty)
     */
    public List<String> getWords() {
        return ModelFields.orEmpty(words);
    }

    /**
     * Whether {@code words} was present, even empty: {@link #getWords()} reads an absent list as
     * empty.
     *
     * @return false when absent
     */
    public boolean hasWords() {
        return words != null;
    }

    /**
     * <p>JSON member {@code matrix}, optional; read as empty when absent ({@code hasMatrix()} tells
     * absent from empty).
     *
     * @return JSON member {@code matrix}, optional; read as empty when absent ({@code hasMatrix()}
     *     tells absent from empty)
     */
    public List<List<Integer>> getMatrix() {
        return ModelFields.orEmpty(matrix);
    }

    /**
     * Whether {@code matrix} was present, even empty: {@link #getMatrix()} reads an absent list as
     * empty.
     *
     * @return false when absent
     */
    public boolean hasMatrix() {
        return matrix != null;
    }

    /**
     * <p>JSON member {@code attributes}, optional; read as empty when absent
     * ({@code hasAttributes()} tells absent from empty).
     *
     * @return JSON member {@code attributes}, optional; read as empty when absent
     *     ({@code hasAttributes()} tells absent from empty)
     */
    public Map<String, String> getAttributes() {
        return ModelFields.orEmpty(attributes);
    }

    /**
     * Whether {@code attributes} was present, even empty: {@link #getAttributes()} reads an absent
     * map as empty.
     *
     * @return false when absent
     */
    public boolean hasAttributes() {
        return attributes != null;
    }

    /**
     * <p>JSON member {@code sections_by_name}, optional; read as empty when absent
     * ({@code hasSectionsByName()} tells absent from empty).
     *
     * @return JSON member {@code sections_by_name}, optional; read as empty when absent
     *     ({@code hasSectionsByName()} tells absent from empty)
     */
    public Map<String, List<Section>> getSectionsByName() {
        return ModelFields.orEmpty(sectionsByName);
    }

    /**
     * Whether {@code sections_by_name} was present, even empty: {@link #getSectionsByName()} reads
     * an absent map as empty.
     *
     * @return false when absent
     */
    public boolean hasSectionsByName() {
        return sectionsByName != null;
    }

    /**
     * <p>JSON member {@code author}, optional; null when absent.
     *
     * @return JSON member {@code author}, optional; null when absent
     */
    public Person getAuthor() {
        return author;
    }

    /**
     * <p>JSON member {@code reviewers}, optional; read as empty when absent ({@code hasReviewers()}
     * tells absent from empty).
     *
     * @return JSON member {@code reviewers}, optional; read as empty when absent
     *     ({@code hasReviewers()} tells absent from empty)
     */
    public List<Person> getReviewers() {
        return ModelFields.orEmpty(reviewers);
    }

    /**
     * Whether {@code reviewers} was present, even empty: {@link #getReviewers()} reads an absent
     * list as empty.
     *
     * @return false when absent
     */
    public boolean hasReviewers() {
        return reviewers != null;
    }

    /**
     * <p>JSON member {@code state}, optional; null when absent.
     *
     * @return JSON member {@code state}, optional; null when absent
     */
    public State getState() {
        return state;
    }

    /**
     * <p>JSON member {@code meta}, optional; null when absent.
     *
     * @return JSON member {@code meta}, optional; null when absent
     */
    public Meta getMeta() {
        return meta;
    }

    /**
     * Free-form JSON.
     *
     * <p>JSON member {@code extra}, optional; null when absent.
     *
     * @return free-form JSON
     */
    public JsonNode getExtra() {
        return extra;
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
        return this == other || (other instanceof Document that
                        && Objects.equals(this.title, that.title)
                        && Objects.equals(this.pages, that.pages)
                        && Objects.equals(this.bytes, that.bytes)
                        && Objects.equals(this.score, that.score)
                        && Objects.equals(this.draft, that.draft)
                        && Objects.equals(this.updated, that.updated)
                        && Objects.equals(this.words, that.words)
                        && Objects.equals(this.matrix, that.matrix)
                        && Objects.equals(this.attributes, that.attributes)
                        && Objects.equals(this.sectionsByName, that.sectionsByName)
                        && Objects.equals(this.author, that.author)
                        && Objects.equals(this.reviewers, that.reviewers)
                        && Objects.equals(this.state, that.state)
                        && Objects.equals(this.meta, that.meta)
                        && Objects.equals(this.extra, that.extra)
                        && this.additionalProperties.equals(that.additionalProperties));
    }

    @Override
    public int hashCode() {
        return Objects.hash(title, pages, bytes, score, draft, updated, words, matrix, attributes,
                sectionsByName, author, reviewers, state, meta, extra, additionalProperties);
    }

    /** {@return the values that are set, by wire name; secrets as {@code ***}} */
    @Override
    public String toString() {
        ModelText text = new ModelText("Document");
        text.add("title", this.title);
        text.add("pages", this.pages);
        text.add("bytes", this.bytes);
        text.add("score", this.score);
        text.add("draft", this.draft);
        text.add("updated", this.updated);
        text.add("words", this.words);
        text.add("matrix", this.matrix);
        text.add("attributes", this.attributes);
        text.add("sections_by_name", this.sectionsByName);
        text.add("author", this.author);
        text.add("reviewers", this.reviewers);
        text.add("state", this.state);
        text.add("meta", this.meta);
        text.add("extra", this.extra);
        text.addUnknown(this.additionalProperties);
        return text.toString();
    }

    @Override
    public void writeJson(JsonGenerator generator) throws IOException {
        generator.writeStartObject();
        JsonWriting.stringMember(generator, TITLE, this.title);
        JsonWriting.intMember(generator, PAGES, this.pages);
        JsonWriting.longMember(generator, BYTES, this.bytes);
        if (this.score != null) {
            generator.writeFieldName(SCORE);
            generator.writeNumber(this.score.doubleValue());
        }
        JsonWriting.booleanMember(generator, DRAFT, this.draft);
        if (this.updated != null) {
            generator.writeFieldName(UPDATED);
            IsoValues.write(generator, this.updated);
        }
        if (this.words != null) {
            generator.writeFieldName(WORDS);
            generator.writeStartArray();
            for (int i = 0; i < this.words.size(); i++) {
                String item = this.words.get(i);
                if (item == null) {
                    generator.writeNull();
                } else {
                    generator.writeString(item);
                }
            }
            generator.writeEndArray();
        }
        if (this.matrix != null) {
            generator.writeFieldName(MATRIX);
            generator.writeStartArray();
            for (int i = 0; i < this.matrix.size(); i++) {
                List<Integer> item = this.matrix.get(i);
                if (item == null) {
                    generator.writeNull();
                } else {
                    generator.writeStartArray();
                    for (int i2 = 0; i2 < item.size(); i2++) {
                        Integer item2 = item.get(i2);
                        if (item2 == null) {
                            generator.writeNull();
                        } else {
                            generator.writeNumber(item2.intValue());
                        }
                    }
                    generator.writeEndArray();
                }
            }
            generator.writeEndArray();
        }
        if (this.attributes != null) {
            generator.writeFieldName(ATTRIBUTES);
            generator.writeStartObject();
            for (Map.Entry<String, String> entry : this.attributes.entrySet()) {
                generator.writeFieldName(entry.getKey());
                if (entry.getValue() == null) {
                    generator.writeNull();
                } else {
                    generator.writeString(entry.getValue());
                }
            }
            generator.writeEndObject();
        }
        if (this.sectionsByName != null) {
            generator.writeFieldName(SECTIONS_BY_NAME);
            generator.writeStartObject();
            for (Map.Entry<String, List<Section>> entry : this.sectionsByName.entrySet()) {
                generator.writeFieldName(entry.getKey());
                if (entry.getValue() == null) {
                    generator.writeNull();
                } else {
                    generator.writeStartArray();
                    for (int i2 = 0; i2 < entry.getValue().size(); i2++) {
                        Section item2 = entry.getValue().get(i2);
                        if (item2 == null) {
                            generator.writeNull();
                        } else {
                            item2.writeJson(generator);
                        }
                    }
                    generator.writeEndArray();
                }
            }
            generator.writeEndObject();
        }
        JsonWriting.objectMember(generator, AUTHOR, this.author);
        if (this.reviewers != null) {
            generator.writeFieldName(REVIEWERS);
            generator.writeStartArray();
            for (int i = 0; i < this.reviewers.size(); i++) {
                Person item = this.reviewers.get(i);
                if (item == null) {
                    generator.writeNull();
                } else {
                    item.writeJson(generator);
                }
            }
            generator.writeEndArray();
        }
        JsonWriting.enumMember(generator, STATE, this.state);
        JsonWriting.objectMember(generator, META, this.meta);
        if (this.extra != null) {
            generator.writeFieldName(EXTRA);
            JsonWriting.writeTree(generator, this.extra);
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
    public static Document readJson(JsonParser parser) throws IOException {
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
                    case "title":
                        builder.title = JsonReading.readString(parser);
                        break;
                    case "pages":
                        builder.pages = JsonReading.readInt(parser);
                        break;
                    case "bytes":
                        builder.bytes = JsonReading.readLong(parser);
                        break;
                    case "score":
                        builder.score = JsonReading.readDouble(parser);
                        break;
                    case "draft":
                        builder.draft = JsonReading.readBoolean(parser);
                        break;
                    case "updated":
                        builder.updated = IsoValues.readOffsetDateTime(parser);
                        break;
                    case "words":
                        builder.words = JsonReading.readList(parser, JsonReading::readString);
                        break;
                    case "matrix":
                        builder.matrix = JsonReading.readList(parser, p1 -> JsonReading.readList(p1,
                                JsonReading::readInt));
                        break;
                    case "attributes":
                        builder.attributes = JsonReading.readMap(parser, JsonReading::readString);
                        break;
                    case "sections_by_name":
                        builder.sectionsByName = JsonReading.readMap(parser,
                                p1 -> JsonReading.readList(p1, Section::readJson));
                        break;
                    case "author":
                        builder.author = Person.readJson(parser);
                        break;
                    case "reviewers":
                        builder.reviewers = JsonReading.readList(parser, Person::readJson);
                        break;
                    case "state":
                        builder.state = JsonReading.readEnum(parser, State::valueOf);
                        break;
                    case "meta":
                        builder.meta = Meta.readJson(parser);
                        break;
                    case "extra":
                        builder.extra = JsonReading.readTree(parser);
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
     * Builds a {@link Document}. Not thread-safe; {@link #build()} may be called more than once.
     */
    public static final class Builder {
        private String title;

        private Integer pages;

        private Long bytes;

        private Double score;

        private Boolean draft;

        private OffsetDateTime updated;

        private List<String> words;

        private List<List<Integer>> matrix;

        private Map<String, String> attributes;

        private Map<String, List<Section>> sectionsByName;

        private Person author;

        private List<Person> reviewers;

        private State state;

        private Meta meta;

        private JsonNode extra;

        private final Map<String, JsonNode> additionalProperties = new LinkedHashMap<>();

        private Builder() {
        }

        private Builder(Document source) {
            this.title = source.title;
            this.pages = source.pages;
            this.bytes = source.bytes;
            this.score = source.score;
            this.draft = source.draft;
            this.updated = source.updated;
            this.words = source.words;
            this.matrix = source.matrix;
            this.attributes = source.attributes;
            this.sectionsByName = source.sectionsByName;
            this.author = source.author;
            this.reviewers = source.reviewers;
            this.state = source.state;
            this.meta = source.meta;
            this.extra = source.extra;
            this.additionalProperties.putAll(source.additionalProperties);
        }

        /**
         * <p>JSON member {@code title}, optional; null when absent.
         *
         * @param title JSON member {@code title}, optional; null when absent
         * @return this builder
         */
        public Builder title(String title) {
            this.title = title;
            return this;
        }

        /**
         * <p>JSON member {@code pages}, optional; null when absent.
         *
         * @param pages JSON member {@code pages}, optional; null when absent
         * @return this builder
         */
        public Builder pages(Integer pages) {
            this.pages = pages;
            return this;
        }

        /**
         * <p>JSON member {@code bytes}, optional; null when absent.
         *
         * @param bytes JSON member {@code bytes}, optional; null when absent
         * @return this builder
         */
        public Builder bytes(Long bytes) {
            this.bytes = bytes;
            return this;
        }

        /**
         * <p>JSON member {@code score}, optional; null when absent.
         *
         * @param score JSON member {@code score}, optional; null when absent
         * @return this builder
         */
        public Builder score(Double score) {
            this.score = score;
            return this;
        }

        /**
         * <p>JSON member {@code draft}, optional; null when absent.
         *
         * @param draft JSON member {@code draft}, optional; null when absent
         * @return this builder
         */
        public Builder draft(Boolean draft) {
            this.draft = draft;
            return this;
        }

        /**
         * <p>JSON member {@code updated}, optional; null when absent.
         *
         * @param updated JSON member {@code updated}, optional; null when absent
         * @return this builder
         */
        public Builder updated(OffsetDateTime updated) {
            this.updated = updated;
            return this;
        }

        /**
         * <p>JSON member {@code words}, optional; read as empty when absent ({@code hasWords()}
         * tells absent from empty).
         *
         * @param words JSON member {@code words}, optional; read as empty when absent
         *     ({@code hasWords()} tells absent from empty)
         * @return this builder
         */
        public Builder words(List<String> words) {
            this.words = words;
            return this;
        }

        /**
         * Sets {@code words} to these items.
         *
         * @see #words(List<String>)
         * @param words the items
         * @return this builder
         */
        public Builder words(String... words) {
            this.words = List.of(words);
            return this;
        }

        /**
         * <p>JSON member {@code matrix}, optional; read as empty when absent ({@code hasMatrix()}
         * tells absent from empty).
         *
         * @param matrix JSON member {@code matrix}, optional; read as empty when absent
         *     ({@code hasMatrix()} tells absent from empty)
         * @return this builder
         */
        public Builder matrix(List<List<Integer>> matrix) {
            this.matrix = matrix;
            return this;
        }

        /**
         * <p>JSON member {@code attributes}, optional; read as empty when absent
         * ({@code hasAttributes()} tells absent from empty).
         *
         * @param attributes JSON member {@code attributes}, optional; read as empty when absent
         *     ({@code hasAttributes()} tells absent from empty)
         * @return this builder
         */
        public Builder attributes(Map<String, String> attributes) {
            this.attributes = attributes;
            return this;
        }

        /**
         * <p>JSON member {@code sections_by_name}, optional; read as empty when absent
         * ({@code hasSectionsByName()} tells absent from empty).
         *
         * @param sectionsByName JSON member {@code sections_by_name}, optional; read as empty when
         *     absent ({@code hasSectionsByName()} tells absent from empty)
         * @return this builder
         */
        public Builder sectionsByName(Map<String, List<Section>> sectionsByName) {
            this.sectionsByName = sectionsByName;
            return this;
        }

        /**
         * <p>JSON member {@code author}, optional; null when absent.
         *
         * @param author JSON member {@code author}, optional; null when absent
         * @return this builder
         */
        public Builder author(Person author) {
            this.author = author;
            return this;
        }

        /**
         * <p>JSON member {@code reviewers}, optional; read as empty when absent
         * ({@code hasReviewers()} tells absent from empty).
         *
         * @param reviewers JSON member {@code reviewers}, optional; read as empty when absent
         *     ({@code hasReviewers()} tells absent from empty)
         * @return this builder
         */
        public Builder reviewers(List<Person> reviewers) {
            this.reviewers = reviewers;
            return this;
        }

        /**
         * Sets {@code reviewers} to these items.
         *
         * @see #reviewers(List<Person>)
         * @param reviewers the items
         * @return this builder
         */
        public Builder reviewers(Person... reviewers) {
            this.reviewers = List.of(reviewers);
            return this;
        }

        /**
         * <p>JSON member {@code state}, optional; null when absent.
         *
         * @param state JSON member {@code state}, optional; null when absent
         * @return this builder
         */
        public Builder state(State state) {
            this.state = state;
            return this;
        }

        /**
         * <p>JSON member {@code meta}, optional; null when absent.
         *
         * @param meta JSON member {@code meta}, optional; null when absent
         * @return this builder
         */
        public Builder meta(Meta meta) {
            this.meta = meta;
            return this;
        }

        /**
         * Free-form JSON.
         *
         * <p>JSON member {@code extra}, optional; null when absent.
         *
         * @param extra free-form JSON
         * @return this builder
         */
        public Builder extra(JsonNode extra) {
            this.extra = extra;
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

        /** {@return an immutable Document with the values set so far} */
        public Document build() {
            return new Document(this);
        }
    }

    /**
     */
    @JsonDeserialize(
            using = JsonModelReaders.class
    )
    public static final class Meta implements JsonWritable {
        private static final SerializedString SOURCE = new SerializedString("source");

        /** The value of {@code source}. */
        private final String source;

        /** The members of the JSON object that the model does not know. */
        private final Map<String, JsonNode> additionalProperties;

        private Meta(Builder builder) {
            this.source = builder.source;
            this.additionalProperties = ModelFields.copyOfMembers(builder.additionalProperties);
        }

        /**
         * <p>JSON member {@code source}, optional; null when absent.
         *
         * @return JSON member {@code source}, optional; null when absent
         */
        public String getSource() {
            return source;
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
            return this == other || (other instanceof Meta that
                            && Objects.equals(this.source, that.source)
                            && this.additionalProperties.equals(that.additionalProperties));
        }

        @Override
        public int hashCode() {
            return Objects.hash(source, additionalProperties);
        }

        /** {@return the values that are set, by wire name; secrets as {@code ***}} */
        @Override
        public String toString() {
            ModelText text = new ModelText("Meta");
            text.add("source", this.source);
            text.addUnknown(this.additionalProperties);
            return text.toString();
        }

        @Override
        public void writeJson(JsonGenerator generator) throws IOException {
            generator.writeStartObject();
            JsonWriting.stringMember(generator, SOURCE, this.source);
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
        public static Meta readJson(JsonParser parser) throws IOException {
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
                        case "source":
                            builder.source = JsonReading.readString(parser);
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
         * Builds a {@link Meta}. Not thread-safe; {@link #build()} may be called more than
         * once.
         */
        public static final class Builder {
            private String source;

            private final Map<String, JsonNode> additionalProperties = new LinkedHashMap<>();

            private Builder() {
            }

            private Builder(Meta source) {
                this.source = source.source;
                this.additionalProperties.putAll(source.additionalProperties);
            }

            /**
             * <p>JSON member {@code source}, optional; null when absent.
             *
             * @param source JSON member {@code source}, optional; null when absent
             * @return this builder
             */
            public Builder source(String source) {
                this.source = source;
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

            /** {@return an immutable Meta with the values set so far} */
            public Meta build() {
                return new Meta(this);
            }
        }
    }
}
