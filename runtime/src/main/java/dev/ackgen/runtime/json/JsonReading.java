package dev.ackgen.runtime.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Streaming readers that generated JSON codecs call, one per JSON type. Each expects the parser to
 * stand on the value's first token and leaves it on the value's last token. Numbers and booleans
 * written as strings ({@code "size": "40"}) are accepted, as Alibaba Cloud's own examples write
 * them; anything else that does not fit throws {@link JsonReadException} naming where it was.
 */
public final class JsonReading {
    /** Only for trees of members the model does not know and for mapped classes; its configuration is never changed. */
    private static final ObjectMapper TREES = JsonMapper.builder().build();
    /** An integer in a string, as JSON would write it: ASCII digits only, at most 20 of them. */
    private static final Pattern ASCII_INTEGER = Pattern.compile("-?[0-9]{1,20}");

    private JsonReading() {}

    /** Reads one value of a list or map. */
    @FunctionalInterface
    public interface ValueReader<T> {
        T read(JsonParser parser) throws IOException;
    }

    /** Checks that the parser stands on the start of an object. */
    public static void expectObject(JsonParser parser) throws IOException {
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            throw mismatch(parser, "an object");
        }
    }

    public static String readString(JsonParser parser) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_NULL) {
            return null;
        }
        if (token != null && token.isScalarValue()) {
            return parser.getText();
        }
        throw mismatch(parser, "a string");
    }

    /** Reads a string enum through its {@code valueOf}, which keeps values it does not know. */
    public static <T> T readEnum(JsonParser parser, Function<String, T> valueOf) throws IOException {
        String text = readString(parser);
        return text == null ? null : valueOf.apply(text);
    }

    public static Boolean readBoolean(JsonParser parser) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_TRUE) {
            return Boolean.TRUE;
        }
        if (token == JsonToken.VALUE_FALSE) {
            return Boolean.FALSE;
        }
        if (token == JsonToken.VALUE_NULL) {
            return null;
        }
        if (token == JsonToken.VALUE_STRING) {
            String text = parser.getText().trim();
            if (text.equals("true")) {
                return Boolean.TRUE;
            }
            if (text.equals("false")) {
                return Boolean.FALSE;
            }
        }
        throw mismatch(parser, "a boolean");
    }

    public static Long readLong(JsonParser parser) throws IOException {
        if (parser.currentToken() == JsonToken.VALUE_NUMBER_INT) {
            // The parser knows the size it read: only an integer past 64 bits needs a BigInteger.
            JsonParser.NumberType type = parser.getNumberType();
            if (type == JsonParser.NumberType.INT || type == JsonParser.NumberType.LONG) {
                return parser.getLongValue();
            }
        }
        BigInteger value = readInteger(parser, "a 64-bit integer");
        if (value == null) {
            return null;
        }
        if (value.bitLength() > 63) {
            throw mismatch(parser, "a 64-bit integer");
        }
        return value.longValue();
    }

    public static Integer readInt(JsonParser parser) throws IOException {
        if (parser.currentToken() == JsonToken.VALUE_NUMBER_INT && parser.getNumberType() == JsonParser.NumberType.INT) {
            return parser.getIntValue();
        }
        BigInteger value = readInteger(parser, "a 32-bit integer");
        if (value == null) {
            return null;
        }
        if (value.bitLength() > 31) {
            throw mismatch(parser, "a 32-bit integer");
        }
        return value.intValue();
    }

    public static Double readDouble(JsonParser parser) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_NULL) {
            return null;
        }
        if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
            return parser.getDoubleValue();
        }
        if (token == JsonToken.VALUE_STRING) {
            try {
                return Double.valueOf(parser.getText().trim());
            } catch (NumberFormatException e) {
                throw mismatch(parser, "a number");
            }
        }
        throw mismatch(parser, "a number");
    }

    public static Float readFloat(JsonParser parser) throws IOException {
        Double value = readDouble(parser);
        return value == null ? null : value.floatValue();
    }

    /**
     * Reads any JSON value as a tree, to keep it exactly as it came. Unlike the other readers it
     * leaves the parser with no current token (Jackson's tree reading clears it); the next
     * {@code nextToken()} or {@code nextFieldName()} continues after the value.
     */
    public static JsonNode readTree(JsonParser parser) throws IOException {
        return TREES.readTree(parser);
    }

    /**
     * Reads a value of a class a type mapping names, as Jackson databind reads that class (its
     * annotations, its {@code @JsonCreator}): the class is the user's, and so is its JSON form.
     * Jackson's own failures are reported like the other readers', without the value.
     */
    public static <T> T readValue(JsonParser parser, Class<T> type) throws IOException {
        if (parser.currentToken() == JsonToken.VALUE_NULL) {
            return null;
        }
        try {
            return TREES.readValue(parser, type);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new JsonReadException(parser, "Expected a " + type.getSimpleName() + " but found a value Jackson could not read as one");
        }
    }

    /** Reads an array; {@code null} for a JSON null. The list is unmodifiable. */
    public static <T> List<T> readList(JsonParser parser, ValueReader<T> reader) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_NULL) {
            return null;
        }
        if (token != JsonToken.START_ARRAY) {
            throw mismatch(parser, "an array");
        }
        List<T> items = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            try {
                items.add(reader.read(parser));
            } catch (JsonReadException e) {
                throw e.under(items.size());
            }
        }
        return Collections.unmodifiableList(items);
    }

    /** Reads an object of arbitrary keys; {@code null} for a JSON null. The map is unmodifiable. */
    public static <T> Map<String, T> readMap(JsonParser parser, ValueReader<T> reader) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_NULL) {
            return null;
        }
        expectObject(parser);
        Map<String, T> entries = new LinkedHashMap<>();
        String key;
        while ((key = parser.nextFieldName()) != null) {
            parser.nextToken();
            try {
                entries.put(key, reader.read(parser));
            } catch (JsonReadException e) {
                throw e.under(key);
            }
        }
        return Collections.unmodifiableMap(entries);
    }

    private static BigInteger readInteger(JsonParser parser, String expected) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_NULL) {
            return null;
        }
        if (token == JsonToken.VALUE_NUMBER_INT) {
            return parser.getBigIntegerValue();
        }
        if (token == JsonToken.VALUE_STRING) {
            String text = parser.getText().trim();
            if (ASCII_INTEGER.matcher(text).matches()) {
                try {
                    return new BigInteger(text);
                } catch (NumberFormatException e) {
                    throw mismatch(parser, expected);
                }
            }
        }
        throw mismatch(parser, expected);
    }

    private static JsonReadException mismatch(JsonParser parser, String expected) {
        JsonToken token = parser.currentToken();
        return new JsonReadException(parser, "Expected " + expected + " but found " + describe(token));
    }

    private static String describe(JsonToken token) {
        if (token == null) {
            return "the end of the input";
        }
        switch (token) {
            case START_OBJECT:
                return "an object";
            case START_ARRAY:
                return "an array";
            case VALUE_STRING:
                return "a string that does not fit";
            case VALUE_NUMBER_INT:
                return "an integer";
            case VALUE_NUMBER_FLOAT:
                return "a decimal number";
            case VALUE_TRUE:
            case VALUE_FALSE:
                return "a boolean";
            default:
                return token.asString() == null ? token.name() : token.asString();
        }
    }
}
