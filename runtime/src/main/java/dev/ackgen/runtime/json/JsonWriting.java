package dev.ackgen.runtime.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.util.Map;

/**
 * What generated JSON codecs need beyond {@link JsonGenerator}'s own methods: trees, mapped classes,
 * and one call per member that writes its name and value unless it is absent (a line of generated
 * code instead of four; small enough for the JIT to inline).
 */
public final class JsonWriting {
    /** Only writes trees and mapped classes; its configuration is never changed. */
    private static final ObjectMapper TREES = JsonMapper.builder().build();

    private JsonWriting() {}

    /** Writes a tree kept from an earlier read (a member the model does not know, or free-form JSON). */
    public static void writeTree(JsonGenerator generator, JsonNode tree) throws IOException {
        TREES.writeTree(generator, tree);
    }

    /** Writes a value of a class a type mapping names, as Jackson databind writes that class. */
    public static void writeValue(JsonGenerator generator, Object value) throws IOException {
        TREES.writeValue(generator, value);
    }

    /**
     * Writes a string member, unless it is absent.
     *
     * @param generator where to write
     * @param name the member's wire name
     * @param value the value, or null when absent
     * @throws IOException if the generator fails
     */
    public static void stringMember(JsonGenerator generator, SerializableString name, String value) throws IOException {
        if (value != null) {
            generator.writeFieldName(name);
            generator.writeString(value);
        }
    }

    /**
     * Writes a boolean member, unless it is absent.
     *
     * @param generator where to write
     * @param name the member's wire name
     * @param value the value, or null when absent
     * @throws IOException if the generator fails
     */
    public static void booleanMember(JsonGenerator generator, SerializableString name, Boolean value) throws IOException {
        if (value != null) {
            generator.writeFieldName(name);
            generator.writeBoolean(value);
        }
    }

    /**
     * Writes an integer member, unless it is absent.
     *
     * @param generator where to write
     * @param name the member's wire name
     * @param value the value, or null when absent
     * @throws IOException if the generator fails
     */
    public static void longMember(JsonGenerator generator, SerializableString name, Long value) throws IOException {
        if (value != null) {
            generator.writeFieldName(name);
            generator.writeNumber(value.longValue());
        }
    }

    /**
     * Writes a 32-bit integer member, unless it is absent.
     *
     * @param generator where to write
     * @param name the member's wire name
     * @param value the value, or null when absent
     * @throws IOException if the generator fails
     */
    public static void intMember(JsonGenerator generator, SerializableString name, Integer value) throws IOException {
        if (value != null) {
            generator.writeFieldName(name);
            generator.writeNumber(value.intValue());
        }
    }

    /**
     * Writes an object member, unless it is absent.
     *
     * @param generator where to write
     * @param name the member's wire name
     * @param value the value, or null when absent
     * @throws IOException if the generator fails
     */
    public static void objectMember(JsonGenerator generator, SerializableString name, JsonWritable value) throws IOException {
        if (value != null) {
            generator.writeFieldName(name);
            value.writeJson(generator);
        }
    }

    /**
     * Writes an enum member as its wire value (a generated enum's {@code toString()}), unless it is absent.
     *
     * @param generator where to write
     * @param name the member's wire name
     * @param value the value, or null when absent
     * @throws IOException if the generator fails
     */
    public static void enumMember(JsonGenerator generator, SerializableString name, Object value) throws IOException {
        if (value != null) {
            generator.writeFieldName(name);
            generator.writeString(value.toString());
        }
    }

    /**
     * Writes the members a model kept from an earlier read without knowing them, as they came.
     *
     * @param generator where to write
     * @param members the members, never null; mostly empty
     * @throws IOException if the generator fails
     */
    public static void unknownMembers(JsonGenerator generator, Map<String, JsonNode> members) throws IOException {
        if (members.isEmpty()) {
            return; // no entry set and iterator for nothing
        }
        for (Map.Entry<String, JsonNode> member : members.entrySet()) {
            generator.writeFieldName(member.getKey());
            writeTree(generator, member.getValue());
        }
    }
}
