package dev.ackgen.runtime.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;

/** What generated JSON codecs need beyond {@link JsonGenerator}'s own methods. */
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
}
