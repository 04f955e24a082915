package dev.ackgen.golden.createcluster;

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
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;
import javax.annotation.processing.Generated;

/**
 * The configuration of a data disk for worker nodes.
 */
@Generated("dev.ackgen.generator")
@JsonSerialize(
        using = DataDisk.JsonWriter.class
)
@JsonDeserialize(
        using = DataDisk.JsonReader.class
)
public final class DataDisk {
    /**
     * The value of {@code category}.
     */
    private final String category;

    /**
     * The value of {@code size}.
     */
    private final Long size;

    /**
     * The value of {@code encrypted}.
     */
    private final String encrypted;

    /**
     * The value of {@code auto_snapshot_policy_id}.
     */
    private final String autoSnapshotPolicyId;

    /**
     * The members of the JSON object that the model does not know.
     */
    private final Map<String, JsonNode> additionalProperties;

    private DataDisk(Builder builder) {
        this.category = builder.category;
        this.size = builder.size;
        this.encrypted = builder.encrypted;
        this.autoSnapshotPolicyId = builder.autoSnapshotPolicyId;
        this.additionalProperties = builder.additionalProperties.isEmpty() ? Map.of()
                : Collections.unmodifiableMap(new LinkedHashMap<>(builder.additionalProperties));
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

    /**
     * {@return the values that are set, by wire name; secrets as {@code ***}}
     */
    @Override
    public String toString() {
        StringJoiner text = new StringJoiner(", ", "DataDisk{", "}");
        if (this.category != null) {
            text.add("category=" + this.category);
        }
        if (this.size != null) {
            text.add("size=" + this.size);
        }
        if (this.encrypted != null) {
            text.add("encrypted=" + this.encrypted);
        }
        if (this.autoSnapshotPolicyId != null) {
            text.add("auto_snapshot_policy_id=" + this.autoSnapshotPolicyId);
        }
        if (!this.additionalProperties.isEmpty()) {
            text.add("additionalProperties=" + this.additionalProperties);
        }
        return text.toString();
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

        /**
         * {@return an immutable DataDisk with the values set so far}
         */
        public DataDisk build() {
            return new DataDisk(this);
        }
    }

    /**
     * Writes a {@link DataDisk} as JSON, members under their wire names.
     */
    public static final class JsonWriter extends StdSerializer<DataDisk> {
        private static final long serialVersionUID = 1L;

        private static final SerializedString CATEGORY = new SerializedString("category");

        private static final SerializedString SIZE = new SerializedString("size");

        private static final SerializedString ENCRYPTED = new SerializedString("encrypted");

        private static final SerializedString AUTO_SNAPSHOT_POLICY_ID = new SerializedString(
                "auto_snapshot_policy_id");

        /**
         * For Jackson, which finds this class through {@code @JsonSerialize}.
         */
        public JsonWriter() {
            super(DataDisk.class);
        }

        @Override
        public void serialize(DataDisk value, JsonGenerator generator, SerializerProvider provider)
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
        public static void write(DataDisk value, JsonGenerator generator) throws IOException {
            generator.writeStartObject();
            if (value.category != null) {
                generator.writeFieldName(CATEGORY);
                generator.writeString(value.category);
            }
            if (value.size != null) {
                generator.writeFieldName(SIZE);
                generator.writeNumber(value.size.longValue());
            }
            if (value.encrypted != null) {
                generator.writeFieldName(ENCRYPTED);
                generator.writeString(value.encrypted);
            }
            if (value.autoSnapshotPolicyId != null) {
                generator.writeFieldName(AUTO_SNAPSHOT_POLICY_ID);
                generator.writeString(value.autoSnapshotPolicyId);
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
     * Reads a {@link DataDisk} from JSON.
     */
    public static final class JsonReader extends StdDeserializer<DataDisk> {
        private static final long serialVersionUID = 1L;

        /**
         * For Jackson, which finds this class through {@code @JsonDeserialize}.
         */
        public JsonReader() {
            super(DataDisk.class);
        }

        @Override
        public DataDisk deserialize(JsonParser parser, DeserializationContext context) throws
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
        public static DataDisk read(JsonParser parser) throws IOException {
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
    }
}
