package dev.ackgen.generator.openapi;

import io.swagger.v3.oas.models.media.Schema;
import java.util.Collection;

/** What kind of value one schema describes, looking at the schema alone (no {@code $ref} followed). */
final class Schemas {
    private Schemas() {}

    /** The schema's type; OpenAPI 3.1's type lists give their first non-null type. */
    static String typeOf(Schema<?> schema) {
        if (schema.getType() != null) {
            return schema.getType();
        }
        Collection<String> types = schema.getTypes();
        if (types != null) {
            for (String type : types) {
                if (!"null".equals(type)) {
                    return type;
                }
            }
        }
        return null;
    }

    /** A string enum: it becomes an enum class. */
    static boolean isEnum(Schema<?> schema) {
        return schema.getEnum() != null && !schema.getEnum().isEmpty() && "string".equals(typeOf(schema));
    }

    /** An object with declared properties: it becomes a model class. */
    static boolean isObjectWithProperties(Schema<?> schema) {
        String type = typeOf(schema);
        return (type == null || "object".equals(type)) && schema.getProperties() != null && !schema.getProperties().isEmpty();
    }

    static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
