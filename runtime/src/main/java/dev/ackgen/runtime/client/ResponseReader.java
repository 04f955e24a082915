package dev.ackgen.runtime.client;

import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;

/**
 * Reads a response body: generated code passes its codecs' {@code read} methods. The parser
 * stands on the first token.
 *
 * @param <T> what the body becomes
 */
@FunctionalInterface
public interface ResponseReader<T> {
    T read(JsonParser parser) throws IOException;
}
