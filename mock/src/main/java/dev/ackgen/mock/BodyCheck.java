package dev.ackgen.mock;

import java.util.List;

/**
 * Checks the body of a request for one action before the mock server answers it, e.g. by decoding
 * the JSON and running a generated validator:
 *
 * <pre>{@code
 * body -> CreateClusterRequestValidator.validate(CreateClusterRequestJson.read(body))
 *             .stream().map(Object::toString).collect(Collectors.toList())
 * }</pre>
 *
 * <p>A non-empty list makes the server answer HTTP 400 {@code InvalidParameter} with the problems
 * joined in the message, as ACK would. Problems end up in a response body and in test output, so
 * they must not quote secret values (a generated validator names the field, never a password).
 * Called from the server's connection threads, possibly concurrently.
 */
@FunctionalInterface
public interface BodyCheck {
    /**
     * The problems with this body; empty when it is acceptable.
     *
     * @param body the exact bytes received (a copy the check may keep)
     * @return the problems, never {@code null}
     */
    List<String> problems(byte[] body);
}
