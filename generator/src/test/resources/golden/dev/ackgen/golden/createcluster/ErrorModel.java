package dev.ackgen.golden.createcluster;

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

/**
 * The error body that ACK returns when a request fails. ACK writes code, message and requestId
 * (and, for some errors, recommend); the official Alibaba Cloud SDK also reads Code, Message and
 * RequestId (it takes the capitalized field first and falls back to the lower-case one), so both
 * spellings are described here. Any of them may be absent.
 */
@Generated("dev.ackgen.generator")
@JsonDeserialize(
        using = JsonModelReaders.class
)
public final class ErrorModel implements JsonWritable {
    private static final SerializedString CODE = new SerializedString("code");

    private static final SerializedString MESSAGE = new SerializedString("message");

    private static final SerializedString REQUEST_ID = new SerializedString("requestId");

    private static final SerializedString RECOMMEND = new SerializedString("recommend");

    private static final SerializedString CODE2 = new SerializedString("Code");

    private static final SerializedString MESSAGE2 = new SerializedString("Message");

    private static final SerializedString REQUEST_ID2 = new SerializedString("RequestId");

    /** The value of {@code code}. */
    private final String code;

    /** The value of {@code message}. */
    private final String message;

    /** The value of {@code requestId}. */
    private final String requestId;

    /** The value of {@code recommend}. */
    private final String recommend;

    /** The value of {@code Code}. */
    private final String upperCode;

    /** The value of {@code Message}. */
    private final String upperMessage;

    /** The value of {@code RequestId}. */
    private final String upperRequestId;

    /** The members of the JSON object that the model does not know. */
    private final Map<String, JsonNode> additionalProperties;

    private ErrorModel(Builder builder) {
        this.code = builder.code;
        this.message = builder.message;
        this.requestId = builder.requestId;
        this.recommend = builder.recommend;
        this.upperCode = builder.upperCode;
        this.upperMessage = builder.upperMessage;
        this.upperRequestId = builder.upperRequestId;
        this.additionalProperties = ModelFields.copyOfMembers(builder.additionalProperties);
    }

    /**
     * {@return the error code}
     *
     * <p>JSON member {@code code}, optional; null when absent.
     */
    public String getCode() {
        return code;
    }

    /**
     * {@return the error message}
     *
     * <p>JSON member {@code message}, optional; null when absent.
     */
    public String getMessage() {
        return message;
    }

    /**
     * {@return the request ID}
     *
     * <p>JSON member {@code requestId}, optional; null when absent.
     * <p>Example: {@code 687C5BAA-D103-4993-884B-C35E4314A1E1}.
     */
    public String getRequestId() {
        return requestId;
    }

    /**
     * {@return a link to a diagnosis of the error, when ACK provides one}
     *
     * <p>JSON member {@code recommend}, optional; null when absent.
     */
    public String getRecommend() {
        return recommend;
    }

    /**
     * {@return the error code, in the capitalized field that the official SDK reads first}
     *
     * <p>JSON member {@code Code}, optional; null when absent.
     */
    public String getUpperCode() {
        return upperCode;
    }

    /**
     * {@return the error message, in the capitalized field that the official SDK reads first}
     *
     * <p>JSON member {@code Message}, optional; null when absent.
     */
    public String getUpperMessage() {
        return upperMessage;
    }

    /**
     * {@return the request ID, in the capitalized field that the official SDK reads first}
     *
     * <p>JSON member {@code RequestId}, optional; null when absent.
     */
    public String getUpperRequestId() {
        return upperRequestId;
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
        return this == other || (other instanceof ErrorModel that
                        && Objects.equals(this.code, that.code)
                        && Objects.equals(this.message, that.message)
                        && Objects.equals(this.requestId, that.requestId)
                        && Objects.equals(this.recommend, that.recommend)
                        && Objects.equals(this.upperCode, that.upperCode)
                        && Objects.equals(this.upperMessage, that.upperMessage)
                        && Objects.equals(this.upperRequestId, that.upperRequestId)
                        && this.additionalProperties.equals(that.additionalProperties));
    }

    @Override
    public int hashCode() {
        return Objects.hash(code, message, requestId, recommend, upperCode, upperMessage,
                upperRequestId, additionalProperties);
    }

    /** {@return the values that are set, by wire name; secrets as {@code ***}} */
    @Override
    public String toString() {
        ModelText text = new ModelText("ErrorModel");
        text.add("code", this.code);
        text.add("message", this.message);
        text.add("requestId", this.requestId);
        text.add("recommend", this.recommend);
        text.add("Code", this.upperCode);
        text.add("Message", this.upperMessage);
        text.add("RequestId", this.upperRequestId);
        text.addUnknown(this.additionalProperties);
        return text.toString();
    }

    @Override
    public void writeJson(JsonGenerator generator) throws IOException {
        generator.writeStartObject();
        JsonWriting.stringMember(generator, CODE, this.code);
        JsonWriting.stringMember(generator, MESSAGE, this.message);
        JsonWriting.stringMember(generator, REQUEST_ID, this.requestId);
        JsonWriting.stringMember(generator, RECOMMEND, this.recommend);
        JsonWriting.stringMember(generator, CODE2, this.upperCode);
        JsonWriting.stringMember(generator, MESSAGE2, this.upperMessage);
        JsonWriting.stringMember(generator, REQUEST_ID2, this.upperRequestId);
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
    public static ErrorModel readJson(JsonParser parser) throws IOException {
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
                    case "code":
                        builder.code = JsonReading.readString(parser);
                        break;
                    case "message":
                        builder.message = JsonReading.readString(parser);
                        break;
                    case "requestId":
                        builder.requestId = JsonReading.readString(parser);
                        break;
                    case "recommend":
                        builder.recommend = JsonReading.readString(parser);
                        break;
                    case "Code":
                        builder.upperCode = JsonReading.readString(parser);
                        break;
                    case "Message":
                        builder.upperMessage = JsonReading.readString(parser);
                        break;
                    case "RequestId":
                        builder.upperRequestId = JsonReading.readString(parser);
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
     * Builds a {@link ErrorModel}. Not thread-safe; {@link #build()} may be called more than once.
     */
    public static final class Builder {
        private String code;

        private String message;

        private String requestId;

        private String recommend;

        private String upperCode;

        private String upperMessage;

        private String upperRequestId;

        private final Map<String, JsonNode> additionalProperties = new LinkedHashMap<>();

        private Builder() {
        }

        private Builder(ErrorModel source) {
            this.code = source.code;
            this.message = source.message;
            this.requestId = source.requestId;
            this.recommend = source.recommend;
            this.upperCode = source.upperCode;
            this.upperMessage = source.upperMessage;
            this.upperRequestId = source.upperRequestId;
            this.additionalProperties.putAll(source.additionalProperties);
        }

        /**
         * The error code.
         *
         * <p>JSON member {@code code}, optional; null when absent.
         *
         * @param code the error code
         * @return this builder
         */
        public Builder code(String code) {
            this.code = code;
            return this;
        }

        /**
         * The error message.
         *
         * <p>JSON member {@code message}, optional; null when absent.
         *
         * @param message the error message
         * @return this builder
         */
        public Builder message(String message) {
            this.message = message;
            return this;
        }

        /**
         * The request ID.
         *
         * <p>JSON member {@code requestId}, optional; null when absent.
         * <p>Example: {@code 687C5BAA-D103-4993-884B-C35E4314A1E1}.
         *
         * @param requestId the request ID
         * @return this builder
         */
        public Builder requestId(String requestId) {
            this.requestId = requestId;
            return this;
        }

        /**
         * A link to a diagnosis of the error, when ACK provides one.
         *
         * <p>JSON member {@code recommend}, optional; null when absent.
         *
         * @param recommend a link to a diagnosis of the error, when ACK provides one
         * @return this builder
         */
        public Builder recommend(String recommend) {
            this.recommend = recommend;
            return this;
        }

        /**
         * The error code, in the capitalized field that the official SDK reads first.
         *
         * <p>JSON member {@code Code}, optional; null when absent.
         *
         * @param upperCode the error code, in the capitalized field that the official SDK reads
         *     first
         * @return this builder
         */
        public Builder upperCode(String upperCode) {
            this.upperCode = upperCode;
            return this;
        }

        /**
         * The error message, in the capitalized field that the official SDK reads first.
         *
         * <p>JSON member {@code Message}, optional; null when absent.
         *
         * @param upperMessage the error message, in the capitalized field that the official SDK
         *     reads first
         * @return this builder
         */
        public Builder upperMessage(String upperMessage) {
            this.upperMessage = upperMessage;
            return this;
        }

        /**
         * The request ID, in the capitalized field that the official SDK reads first.
         *
         * <p>JSON member {@code RequestId}, optional; null when absent.
         *
         * @param upperRequestId the request ID, in the capitalized field that the official SDK
         *     reads first
         * @return this builder
         */
        public Builder upperRequestId(String upperRequestId) {
            this.upperRequestId = upperRequestId;
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

        /** {@return an immutable ErrorModel with the values set so far} */
        public ErrorModel build() {
            return new ErrorModel(this);
        }
    }
}
