package dev.ackgen.generator.openapi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.ackgen.generator.model.Literal;
import io.swagger.v3.oas.models.media.Schema;
import java.math.BigDecimal;

/**
 * Values written in the spec (defaults, examples, rule literals, enum values) as the IR carries
 * them. swagger-parser hands them out as whatever Jackson made of them (String, Integer, Double,
 * BigDecimal, Boolean, maps, lists, JSON trees); the IR has typed {@link Literal}s.
 */
final class SpecValues {
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private SpecValues() {}

    /** The schema's default, or null. */
    static Literal defaultValue(Schema<?> schema) {
        return schema.getDefault() == null ? null : literal(schema.getDefault());
    }

    /** A value from the spec as a literal: strings, numbers and booleans typed, anything else as JSON text. */
    static Literal literal(Object value) {
        if (value instanceof JsonNode node) {
            return literal(node);
        }
        if (value instanceof String text) {
            return Literal.string(text);
        }
        if (value instanceof Boolean bool) {
            return Literal.bool(bool);
        }
        if (value instanceof BigDecimal decimal) {
            return Literal.number(decimal);
        }
        if (value instanceof Number number && isFinite(number)) {
            // Integer, Long, BigInteger, Double...: their text is exactly the number the spec wrote.
            return Literal.number(new BigDecimal(number.toString()));
        }
        return Literal.json(json(value));
    }

    private static Literal literal(JsonNode node) {
        if (node.isTextual()) {
            return Literal.string(node.textValue());
        }
        if (node.isBoolean()) {
            return Literal.bool(node.booleanValue());
        }
        boolean nonFinite = (node.isDouble() || node.isFloat()) && !Double.isFinite(node.doubleValue());
        if (node.isNumber() && !nonFinite) {
            return Literal.number(node.decimalValue());
        }
        return Literal.json(node.toString());
    }

    private static boolean isFinite(Number number) {
        return !(number instanceof Double || number instanceof Float) || Double.isFinite(number.doubleValue());
    }

    /** An example for javadoc: a string as it is, anything else as JSON text; null for none. */
    static String exampleText(Object example) {
        if (example == null) {
            return null;
        }
        return example instanceof String text ? text : json(example);
    }

    /** A value as JSON text (its {@code toString} if Jackson cannot write it). */
    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            return String.valueOf(value);
        }
    }
}
