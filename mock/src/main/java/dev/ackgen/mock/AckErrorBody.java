package dev.ackgen.mock;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The error bodies the mock server builds, in the shape ACK's ROA APIs send: {@code
 * {"code":..,"message":..,"requestId":..}} with lower-case keys. Jackson writes them, so that
 * messages holding quotes or control characters still give valid JSON.
 */
final class AckErrorBody {
    /** Only writes trees; its configuration is never changed. */
    private static final ObjectMapper MAPPER = JsonMapper.builder().build();

    private AckErrorBody() {}

    static MockResponse response(int status, String code, String message, String requestId) {
        ObjectNode error = MAPPER.createObjectNode();
        error.put("code", code);
        error.put("message", message);
        error.put("requestId", requestId);
        try {
            return MockResponse.of(status, MockResponse.JSON, MAPPER.writeValueAsBytes(error));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write an error body", e);
        }
    }
}
