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

/** The result of CreateCluster. */
@Generated("dev.ackgen.generator")
@JsonDeserialize(
        using = JsonModelReaders.class
)
public final class CreateClusterResponse implements JsonWritable {
    private static final SerializedString CLUSTER_ID = new SerializedString("cluster_id");

    private static final SerializedString REQUEST_ID = new SerializedString("request_id");

    private static final SerializedString TASK_ID = new SerializedString("task_id");

    /** The value of {@code cluster_id}. */
    private final String clusterId;

    /** The value of {@code request_id}. */
    private final String requestId;

    /** The value of {@code task_id}. */
    private final String taskId;

    /** The members of the JSON object that the model does not know. */
    private final Map<String, JsonNode> additionalProperties;

    private CreateClusterResponse(Builder builder) {
        this.clusterId = builder.clusterId;
        this.requestId = builder.requestId;
        this.taskId = builder.taskId;
        this.additionalProperties = ModelFields.copyOfMembers(builder.additionalProperties);
    }

    /**
     * {@return the cluster ID}
     *
     * <p>JSON member {@code cluster_id}, optional; null when absent.
     * <p>Example: {@code cb95aa626a47740afbf6aa099b650****}.
     */
    public String getClusterId() {
        return clusterId;
    }

    /**
     * {@return the request ID}
     *
     * <p>JSON member {@code request_id}, optional; null when absent.
     * <p>Example: {@code 687C5BAA-D103-4993-884B-C35E4314A1E1}.
     */
    public String getRequestId() {
        return requestId;
    }

    /**
     * {@return the task ID}
     *
     * <p>JSON member {@code task_id}, optional; null when absent.
     * <p>Example: {@code T-5a54309c80282e39ea00002f}.
     */
    public String getTaskId() {
        return taskId;
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
        return this == other || (other instanceof CreateClusterResponse that
                        && Objects.equals(this.clusterId, that.clusterId)
                        && Objects.equals(this.requestId, that.requestId)
                        && Objects.equals(this.taskId, that.taskId)
                        && this.additionalProperties.equals(that.additionalProperties));
    }

    @Override
    public int hashCode() {
        return Objects.hash(clusterId, requestId, taskId, additionalProperties);
    }

    /** {@return the values that are set, by wire name; secrets as {@code ***}} */
    @Override
    public String toString() {
        ModelText text = new ModelText("CreateClusterResponse");
        text.add("cluster_id", this.clusterId);
        text.add("request_id", this.requestId);
        text.add("task_id", this.taskId);
        text.addUnknown(this.additionalProperties);
        return text.toString();
    }

    @Override
    public void writeJson(JsonGenerator generator) throws IOException {
        generator.writeStartObject();
        JsonWriting.stringMember(generator, CLUSTER_ID, this.clusterId);
        JsonWriting.stringMember(generator, REQUEST_ID, this.requestId);
        JsonWriting.stringMember(generator, TASK_ID, this.taskId);
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
    public static CreateClusterResponse readJson(JsonParser parser) throws IOException {
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
                    case "cluster_id":
                        builder.clusterId = JsonReading.readString(parser);
                        break;
                    case "request_id":
                        builder.requestId = JsonReading.readString(parser);
                        break;
                    case "task_id":
                        builder.taskId = JsonReading.readString(parser);
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
     * Builds a {@link CreateClusterResponse}. Not thread-safe; {@link #build()} may be called more
     * than once.
     */
    public static final class Builder {
        private String clusterId;

        private String requestId;

        private String taskId;

        private final Map<String, JsonNode> additionalProperties = new LinkedHashMap<>();

        private Builder() {
        }

        private Builder(CreateClusterResponse source) {
            this.clusterId = source.clusterId;
            this.requestId = source.requestId;
            this.taskId = source.taskId;
            this.additionalProperties.putAll(source.additionalProperties);
        }

        /**
         * The cluster ID.
         *
         * <p>JSON member {@code cluster_id}, optional; null when absent.
         * <p>Example: {@code cb95aa626a47740afbf6aa099b650****}.
         *
         * @param clusterId the cluster ID
         * @return this builder
         */
        public Builder clusterId(String clusterId) {
            this.clusterId = clusterId;
            return this;
        }

        /**
         * The request ID.
         *
         * <p>JSON member {@code request_id}, optional; null when absent.
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
         * The task ID.
         *
         * <p>JSON member {@code task_id}, optional; null when absent.
         * <p>Example: {@code T-5a54309c80282e39ea00002f}.
         *
         * @param taskId the task ID
         * @return this builder
         */
        public Builder taskId(String taskId) {
            this.taskId = taskId;
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

        /** {@return an immutable CreateClusterResponse with the values set so far} */
        public CreateClusterResponse build() {
            return new CreateClusterResponse(this);
        }
    }
}
