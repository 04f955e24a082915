package dev.ackgen.generator.openapi;

import io.swagger.v3.oas.models.media.Schema;
import java.util.regex.Pattern;

/** Which values are secrets: never shown by {@code toString} nor echoed in a violation message. */
final class Secrets {
    /** Names whose values are secrets even when the spec forgets to say so (the CS API does). */
    private static final Pattern SECRET_NAME = Pattern.compile("(?i).*(password|passwd|secret|private_?key|token).*");

    private Secrets() {}

    /**
     * {@code format: password}, {@code x-ackgen-secret: true}, or a name that says so; for an array
     * or a map, also when its items or values (however deeply nested) say so: a list of passwords is
     * a secret property.
     */
    static boolean isSecret(String wireName, Schema<?> schema) {
        return SECRET_NAME.matcher(wireName).matches() || isSecretSchema(schema, 0);
    }

    private static boolean isSecretSchema(Schema<?> schema, int depth) {
        if (schema == null || depth > 16) {
            return false;
        }
        if ("password".equals(schema.getFormat()) || ExtensionVocabulary.isSecret(schema.getExtensions())) {
            return true;
        }
        if (schema.getProperties() != null && !schema.getProperties().isEmpty()) {
            return false; // an object: its own members say which of them are secrets
        }
        return isSecretSchema(schema.getItems(), depth + 1)
                || schema.getAdditionalProperties() instanceof Schema<?> values && isSecretSchema(values, depth + 1);
    }
}
