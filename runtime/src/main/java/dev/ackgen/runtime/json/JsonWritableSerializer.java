package dev.ackgen.runtime.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;

/** Writes any {@link JsonWritable} for jackson-databind, which finds this class through that interface. */
public final class JsonWritableSerializer extends StdSerializer<JsonWritable> {
    private static final long serialVersionUID = 1L;

    /** For Jackson, which finds this class through {@code @JsonSerialize}. */
    public JsonWritableSerializer() {
        super(JsonWritable.class);
    }

    @Override
    public void serialize(JsonWritable value, JsonGenerator generator, SerializerProvider provider) throws IOException {
        value.writeJson(generator);
    }
}
