package dev.ackgen.runtime.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.io.IOException;

/**
 * A generated model, which writes itself as a JSON object with its generated code. jackson-databind
 * finds that code through this interface's {@code @JsonSerialize} (Jackson reads class annotations
 * of implemented interfaces too), so an {@code ObjectMapper} writes a model as the client does,
 * without a serializer class per model.
 */
@JsonSerialize(using = JsonWritableSerializer.class)
public interface JsonWritable {
    /**
     * Writes this object as one JSON value: its members under their wire names, members that are
     * absent left out, members the model does not know as they were read.
     *
     * @param generator where to write
     * @throws IOException if the generator fails
     */
    void writeJson(JsonGenerator generator) throws IOException;
}
