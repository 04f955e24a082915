package dev.ackgen.golden.kinds.enums;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
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

/**
 */
@Generated("dev.ackgen.generator")
@JsonDeserialize(
        using = JsonModelReaders.class
)
public final class Setting implements JsonWritable {
    private static final SerializedString ODD = new SerializedString("odd");

    private static final SerializedString MODE = new SerializedString("mode");

    /** The value of {@code odd}. */
    private final OddValues odd;

    /** The value of {@code mode}. */
    private final Mode mode;

    /** The members of the JSON object that the model does not know. */
    private final Map<String, JsonNode> additionalProperties;

    private Setting(Builder builder) {
        this.odd = builder.odd;
        this.mode = builder.mode;
        this.additionalProperties = ModelFields.copyOfMembers(builder.additionalProperties);
    }

    /**
     * Values that are no Java names as they are.
     *
     * <p>JSON member {@code odd}, optional; null when absent.
     *
     * @return values that are no Java names as they are
     */
    public OddValues getOdd() {
        return odd;
    }

    /**
     * {@return an inline enum, nested in its owner's class}
     *
     * <p>JSON member {@code mode}, optional; null when absent.
     */
    public Mode getMode() {
        return mode;
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
        return this == other || (other instanceof Setting that
                        && Objects.equals(this.odd, that.odd)
                        && Objects.equals(this.mode, that.mode)
                        && this.additionalProperties.equals(that.additionalProperties));
    }

    @Override
    public int hashCode() {
        return Objects.hash(odd, mode, additionalProperties);
    }

    /** {@return the values that are set, by wire name; secrets as {@code ***}} */
    @Override
    public String toString() {
        ModelText text = new ModelText("Setting");
        text.add("odd", this.odd);
        text.add("mode", this.mode);
        text.addUnknown(this.additionalProperties);
        return text.toString();
    }

    @Override
    public void writeJson(JsonGenerator generator) throws IOException {
        generator.writeStartObject();
        JsonWriting.enumMember(generator, ODD, this.odd);
        JsonWriting.enumMember(generator, MODE, this.mode);
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
    public static Setting readJson(JsonParser parser) throws IOException {
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
                    case "odd":
                        builder.odd = JsonReading.readEnum(parser, OddValues::valueOf);
                        break;
                    case "mode":
                        builder.mode = JsonReading.readEnum(parser, Mode::valueOf);
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

    /** Builds a {@link Setting}. Not thread-safe; {@link #build()} may be called more than once. */
    public static final class Builder {
        private OddValues odd;

        private Mode mode;

        private final Map<String, JsonNode> additionalProperties = new LinkedHashMap<>();

        private Builder() {
        }

        private Builder(Setting source) {
            this.odd = source.odd;
            this.mode = source.mode;
            this.additionalProperties.putAll(source.additionalProperties);
        }

        /**
         * Values that are no Java names as they are.
         *
         * <p>JSON member {@code odd}, optional; null when absent.
         *
         * @param odd values that are no Java names as they are
         * @return this builder
         */
        public Builder odd(OddValues odd) {
            this.odd = odd;
            return this;
        }

        /**
         * An inline enum, nested in its owner's class.
         *
         * <p>JSON member {@code mode}, optional; null when absent.
         *
         * @param mode an inline enum, nested in its owner's class
         * @return this builder
         */
        public Builder mode(Mode mode) {
            this.mode = mode;
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

        /** {@return an immutable Setting with the values set so far} */
        public Setting build() {
            return new Setting(this);
        }
    }

    /**
     * An inline enum, nested in its owner's class.
     * <p>Values this version does not know are kept as they are: {@link #get()} gives
     * {@link Value#UNKNOWN} for them and {@link #toString()} the value itself.
     */
    public static final class Mode {
        /** {@code on}. */
        public static final Mode ON = new Mode(Value.ON, "on");

        /** {@code off}. */
        public static final Mode OFF = new Mode(Value.OFF, "off");

        private static final List<Mode> VALUES = List.of(ON, OFF);

        /** The constant of the value, {@link Value#UNKNOWN} for one this version does not know. */
        private final Value value;

        /** The value as it is in JSON. */
        private final String string;

        private Mode(Value value, String string) {
            this.value = value;
            this.string = string;
        }

        /**
         * {@return the value for {@code switch}; {@link Value#UNKNOWN} for a value this version
         * does not know}
         */
        public Value get() {
            return value;
        }

        /** {@return whether the value is one the spec documents} */
        public boolean isKnown() {
            return value != Value.UNKNOWN;
        }

        /** {@return the value exactly as it is sent and received} */
        @Override
        @JsonValue
        public String toString() {
            return string;
        }

        /**
         * {@return the constant for a documented value, or a new instance keeping an unknown one}
         *
         * @param value the value
         */
        @JsonCreator
        public static Mode valueOf(String value) {
            Objects.requireNonNull(value, "value");
            switch (value) {
                case "on":
                    return ON;
                case "off":
                    return OFF;
                default:
                    return new Mode(Value.UNKNOWN, value);
            }
        }

        /** {@return the documented values, in the spec's order} */
        public static List<Mode> values() {
            return VALUES;
        }

        @Override
        public boolean equals(Object other) {
            return this == other || (other instanceof Mode that && string.equals(that.string));
        }

        @Override
        public int hashCode() {
            return string.hashCode();
        }

        /** The values of Mode, for {@code switch}. */
        public enum Value {
            /** {@code on}. */
            ON,

            /** {@code off}. */
            OFF,

            /** A value this version of the client does not know. */
            UNKNOWN
        }
    }
}
