package dev.ackgen.runtime.client;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;

/**
 * Writes a value as JSON: generated code passes its codecs' {@code write} methods.
 *
 * @param <T> the value's type
 */
@FunctionalInterface
public interface BodyWriter<T> {
    void write(T value, JsonGenerator generator) throws IOException;
}
