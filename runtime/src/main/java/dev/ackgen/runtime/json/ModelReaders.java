package dev.ackgen.runtime.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import dev.ackgen.runtime.json.JsonReading.ValueReader;
import java.io.IOException;

/**
 * Reads generated models for jackson-databind. Each generated package has one subclass, which its
 * models name in {@code @JsonDeserialize}; it answers, for a model class, the generated code that
 * reads it ({@link #readerOf}). Jackson asks once per class and property ({@link
 * ContextualDeserializer}) and keeps the answer, so reading a value is the generated code alone,
 * with no lookup per value and no deserializer class per model.
 */
public abstract class ModelReaders extends StdDeserializer<Object> implements ContextualDeserializer {
    private static final long serialVersionUID = 1L;

    /** For the generated subclass, which Jackson makes through its public no-argument constructor. */
    protected ModelReaders() {
        super(Object.class);
    }

    /**
     * The generated reader of a model class of this package.
     *
     * @param type a class Jackson is about to read
     * @return its reader, or null when the class is not a model of this package
     */
    protected abstract ValueReader<?> readerOf(Class<?> type);

    @Override
    public final JsonDeserializer<?> createContextual(DeserializationContext context, BeanProperty property)
            throws JsonMappingException {
        JavaType type = context.getContextualType();
        if (type == null && property != null) {
            type = property.getType();
        }
        ValueReader<?> reader = type == null ? null : readerOf(type.getRawClass());
        if (reader == null) {
            return context.reportBadDefinition(type == null ? context.constructType(Object.class) : type,
                    getClass().getName() + " reads only the generated models of its package, not " + type);
        }
        return new Model<>(type.getRawClass(), reader);
    }

    /** Reached only if Jackson did not contextualize this deserializer, which it always does. */
    @Override
    public final Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        return context.reportBadDefinition(context.constructType(Object.class),
                getClass().getName() + " was used without a model class to read");
    }

    /** The deserializer of one model class: its generated reader. */
    private static final class Model<T> extends StdDeserializer<T> {
        private static final long serialVersionUID = 1L;
        /** Generated code, not state: a deserializer read back from Java serialization has none. */
        private final transient ValueReader<T> reader;

        @SuppressWarnings("unchecked") // the reader reads values of the class Jackson asked for
        Model(Class<?> type, ValueReader<?> reader) {
            super(type);
            this.reader = (ValueReader<T>) reader;
        }

        @Override
        public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            return reader.read(parser);
        }
    }
}
