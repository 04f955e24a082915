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

/** The configuration of a data disk for worker nodes. */
@Generated("dev.ackgen.generator")
@JsonDeserialize(
        using = JsonModelReaders.class
)
public final class DataDisk implements JsonWritable {
    private static final SerializedString CATEGORY = new SerializedString("category");

    private static final SerializedString SIZE = new SerializedString("size");

    private static final SerializedString ENCRYPTED = new SerializedString("encrypted");

    private static final SerializedString AUTO_SNAPSHOT_POLICY_ID = new SerializedString(
            "auto_snapshot_policy_id");

    /** The value of {@code category}. */
    private final String category;

    /** The value of {@code size}. */
    private final Long size;

    /** The value of {@code encrypted}. */
    private final String encrypted;

    /** The value of {@code auto_snapshot_policy_id}. */
    private final String autoSnapshotPolicyId;

    /** The members of the JSON object that the model does not know. */
    private final Map<String, JsonNode> additionalProperties;

    private DataDisk(Builder builder) {
        this.category = builder.category;
        this.size = builder.size;
        this.encrypted = builder.encrypted;
        this.autoSnapshotPolicyId = builder.autoSnapshotPolicyId;
        this.additionalProperties = ModelFields.copyOfMembers(builder.additionalProperties);
    }

    /**
     * {@return the disk type of the data disk}
     *
     * <p>JSON member {@code category}, optional; null when absent.
     * <p>Example: {@code cloud_efficiency}.
     */
    public String getCategory() {
        return category;
    }

    /**
     * {@return the size of the data disk} Unit: GiB.
     *
     * <p>JSON member {@code size}, optional; null when absent.
     * <p>Example: {@code 40}.
     */
    public Long getSize() {
        return size;
    }

    /**
     * {@return whether to encrypt the data disk, written as a string: true (encrypts the disk) or
     * false (does not encrypt it)}
     *
     * <p>JSON member {@code encrypted}, optional; null when absent.
     * <p>Example: {@code false}.
     */
    public String getEncrypted() {
        return encrypted;
    }

    /**
     * {@return the ID of the automatic snapshot policy with which the disk is backed up} Leave it
     * blank to back up nothing automatically.
     *
     * <p>JSON member {@code auto_snapshot_policy_id}, optional; null when absent.
     * <p>Example: {@code sp-2zej1nogjvovnz4z****}.
     */
    public String getAutoSnapshotPolicyId() {
        return autoSnapshotPolicyId;
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
        return this == other || (other instanceof DataDisk that
                        && Objects.equals(this.category, that.category)
                        && Objects.equals(this.size, that.size)
                        && Objects.equals(this.encrypted, that.encrypted)
                        && Objects.equals(this.autoSnapshotPolicyId, that.autoSnapshotPolicyId)
                        && this.additionalProperties.equals(that.additionalProperties));
    }

    @Override
    public int hashCode() {
        return Objects.hash(category, size, encrypted, autoSnapshotPolicyId, additionalProperties);
    }

    /** {@return the values that are set, by wire name; secrets as {@code ***}} */
    @Override
    public String toString() {
        ModelText text = new ModelText("DataDisk");
        text.add("category", this.category);
        text.add("size", this.size);
        text.add("encrypted", this.encrypted);
        text.add("auto_snapshot_policy_id", this.autoSnapshotPolicyId);
        text.addUnknown(this.additionalProperties);
        return text.toString();
    }

    @Override
    public void writeJson(JsonGenerator generator) throws IOException {
        generator.writeStartObject();
        JsonWriting.stringMember(generator, CATEGORY, this.category);
        JsonWriting.longMember(generator, SIZE, this.size);
        JsonWriting.stringMember(generator, ENCRYPTED, this.encrypted);
        JsonWriting.stringMember(generator, AUTO_SNAPSHOT_POLICY_ID, this.autoSnapshotPolicyId);
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
    public static DataDisk readJson(JsonParser parser) throws IOException {
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
                    case "category":
                        builder.category = JsonReading.readString(parser);
                        break;
                    case "size":
                        builder.size = JsonReading.readLong(parser);
                        break;
                    case "encrypted":
                        builder.encrypted = JsonReading.readString(parser);
                        break;
                    case "auto_snapshot_policy_id":
                        builder.autoSnapshotPolicyId = JsonReading.readString(parser);
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
     * Builds a {@link DataDisk}. Not thread-safe; {@link #build()} may be called more than once.
     */
    public static final class Builder {
        private String category;

        private Long size;

        private String encrypted;

        private String autoSnapshotPolicyId;

        private final Map<String, JsonNode> additionalProperties = new LinkedHashMap<>();

        private Builder() {
        }

        private Builder(DataDisk source) {
            this.category = source.category;
            this.size = source.size;
            this.encrypted = source.encrypted;
            this.autoSnapshotPolicyId = source.autoSnapshotPolicyId;
            this.additionalProperties.putAll(source.additionalProperties);
        }

        /**
         * The disk type of the data disk.
         *
         * <p>JSON member {@code category}, optional; null when absent.
         * <p>Example: {@code cloud_efficiency}.
         *
         * @param category the disk type of the data disk
         * @return this builder
         */
        public Builder category(String category) {
            this.category = category;
            return this;
        }

        /**
         * The size of the data disk. Unit: GiB.
         *
         * <p>JSON member {@code size}, optional; null when absent.
         * <p>Example: {@code 40}.
         *
         * @param size the size of the data disk
         * @return this builder
         */
        public Builder size(Long size) {
            this.size = size;
            return this;
        }

        /**
         * Specifies whether to encrypt the data disk, written as a string: true (encrypts the disk)
         * or false (does not encrypt it).
         *
         * <p>JSON member {@code encrypted}, optional; null when absent.
         * <p>Example: {@code false}.
         *
         * @param encrypted whether to encrypt the data disk, written as a string: true (encrypts
         *     the disk) or false (does not encrypt it)
         * @return this builder
         */
        public Builder encrypted(String encrypted) {
            this.encrypted = encrypted;
            return this;
        }

        /**
         * The ID of the automatic snapshot policy with which the disk is backed up. Leave it blank
         * to back up nothing automatically.
         *
         * <p>JSON member {@code auto_snapshot_policy_id}, optional; null when absent.
         * <p>Example: {@code sp-2zej1nogjvovnz4z****}.
         *
         * @param autoSnapshotPolicyId the ID of the automatic snapshot policy with which the disk
         *     is backed up
         * @return this builder
         */
        public Builder autoSnapshotPolicyId(String autoSnapshotPolicyId) {
            this.autoSnapshotPolicyId = autoSnapshotPolicyId;
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

        /** {@return an immutable DataDisk with the values set so far} */
        public DataDisk build() {
            return new DataDisk(this);
        }
    }
}
