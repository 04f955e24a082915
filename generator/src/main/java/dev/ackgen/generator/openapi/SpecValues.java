package dev.ackgen.generator.openapi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.swagger.v3.oas.models.media.Schema;

/** Values written in the spec (defaults, examples, rule literals) as the IR carries them. */
final class SpecValues {
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private SpecValues() {}

    /** The schema's default as JSON text, or null. */
    static String defaultJson(Schema<?> schema) {
        Object value = schema.getDefault();
        if (value == null) {
            return null;
        }
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    /** An example for javadoc: a string as it is, anything else as JSON text; null for none. */
    static String exampleText(Object example) {
        if (example == null) {
            return null;
        }
        return example instanceof String text ? text : json(example);
    }

    /** A value as JSON text (its {@code toString} if Jackson cannot write it). */
    static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            return String.valueOf(value);
        }
    }
}
