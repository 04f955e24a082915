package dev.ackgen.generator.openapi;

import io.swagger.v3.oas.models.media.Schema;
import java.util.regex.Pattern;

/** Which values are secrets: never shown by {@code toString} nor echoed in a violation message. */
final class Secrets {
    /** Names whose values are secrets even when the spec forgets to say so (the CS API does). */
    private static final Pattern SECRET_NAME = Pattern.compile("(?i).*(password|passwd|secret|private_?key|token).*");

    private Secrets() {}

    /** {@code format: password}, {@code x-ackgen-secret: true}, or a name that says so. */
    static boolean isSecret(String wireName, Schema<?> schema) {
        return "password".equals(schema.getFormat())
                || ExtensionVocabulary.isSecret(schema.getExtensions())
                || SECRET_NAME.matcher(wireName).matches();
    }
}
