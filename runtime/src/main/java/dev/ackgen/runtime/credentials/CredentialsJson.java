package dev.ackgen.runtime.credentials;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.ackgen.runtime.signing.Credentials;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the credentials JSON that STS, the metadata service and credentials URIs answer with
 * ({@code AccessKeyId}, {@code AccessKeySecret}, {@code SecurityToken}, {@code Expiration}).
 * Messages name fields and say what is wrong; they never quote the answer, which holds secrets.
 */
final class CredentialsJson {
    private static final ObjectMapper MAPPER = JsonMapper.builder().build();

    private CredentialsJson() {}

    /** The answer as a JSON object, or an exception starting with {@code where}. */
    static JsonNode object(String where, String body) {
        JsonNode node;
        try {
            node = MAPPER.readTree(body == null ? "" : body);
        } catch (JsonProcessingException e) {
            throw new CredentialsUnavailableException(where + ": not JSON (line " + (e.getLocation() == null ? "?" : e.getLocation().getLineNr()) + ")");
        }
        if (node == null || !node.isObject()) {
            throw new CredentialsUnavailableException(where + ": JSON, but not an object");
        }
        return node;
    }

    /** A text field, or null when absent, not text, or empty. */
    static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || !value.isTextual() || value.asText().isEmpty() ? null : value.asText();
    }

    /** The four fields of temporary credentials from {@code node}; {@code where} starts any message. */
    static TemporaryCredentials temporary(String where, JsonNode node) {
        String id = text(node, "AccessKeyId");
        String secret = text(node, "AccessKeySecret");
        String token = text(node, "SecurityToken");
        String expiration = text(node, "Expiration");
        List<String> missing = new ArrayList<>();
        if (id == null) {
            missing.add("AccessKeyId");
        }
        if (secret == null) {
            missing.add("AccessKeySecret");
        }
        if (token == null) {
            missing.add("SecurityToken");
        }
        if (expiration == null) {
            missing.add("Expiration");
        }
        if (!missing.isEmpty()) {
            throw new CredentialsUnavailableException(where + " answered without " + String.join(", ", missing));
        }
        return new TemporaryCredentials(Credentials.of(id, secret, token), expiration(where, expiration));
    }

    /** An ISO-8601 UTC time such as {@code 2026-11-30T06:00:00Z}, as Alibaba Cloud writes expirations. */
    static Instant expiration(String where, String text) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new CredentialsUnavailableException(where + " answered with an Expiration that is not an ISO-8601 UTC time: '"
                    + (text.length() > 40 ? text.substring(0, 40) + "…" : text) + "'");
        }
    }
}
