package dev.ackgen.runtime.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonReadingTest {
    private static final JsonFactory FACTORY = new JsonFactory();

    /** Something that reads from a parser standing on a value's first token. */
    @FunctionalInterface
    private interface Read<T> {
        T from(JsonParser parser) throws IOException;
    }

    /** Parses the JSON, stands on the value's first token, reads it, and checks the parser stayed in the value. */
    private static <T> T read(String json, Read<T> reader) throws IOException {
        try (JsonParser parser = FACTORY.createParser(json)) {
            parser.nextToken();
            T value = reader.from(parser);
            assertThat(parser.nextToken()).as("token after the value of %s", json).isNull();
            return value;
        }
    }

    /** The exception the reader throws for the JSON. */
    private static JsonReadException failure(String json, Read<?> reader) {
        return catchThrowableOfType(JsonReadException.class, () -> {
            try (JsonParser parser = FACTORY.createParser(json)) {
                parser.nextToken();
                reader.from(parser);
            }
        });
    }

    @Nested
    class ReadLong {
        @Test
        void readsANumber() throws IOException {
            assertThat(read("40", JsonReading::readLong)).isEqualTo(40L);
            assertThat(read("-7", JsonReading::readLong)).isEqualTo(-7L);
            assertThat(read("0", JsonReading::readLong)).isEqualTo(0L);
        }

        @Test
        void readsANumberWrittenAsAString() throws IOException {
            assertThat(read("\"40\"", JsonReading::readLong)).isEqualTo(40L);
        }

        @Test
        void readsANumberWrittenAsAStringWithSurroundingSpaces() throws IOException {
            assertThat(read("\" 40 \"", JsonReading::readLong)).isEqualTo(40L);
        }

        @Test
        void readsTheExtremesOf64Bits() throws IOException {
            assertThat(read("9223372036854775807", JsonReading::readLong)).isEqualTo(Long.MAX_VALUE);
            assertThat(read("-9223372036854775808", JsonReading::readLong)).isEqualTo(Long.MIN_VALUE);
            assertThat(read("\"9223372036854775807\"", JsonReading::readLong)).isEqualTo(Long.MAX_VALUE);
            assertThat(read("\"-9223372036854775808\"", JsonReading::readLong)).isEqualTo(Long.MIN_VALUE);
        }

        @Test
        void readsNullAsNull() throws IOException {
            assertThat(read("null", JsonReading::readLong)).isNull();
        }

        @Test
        void rejectsADecimalNumber() {
            assertThat(failure("1.5", JsonReading::readLong))
                    .hasMessage("Expected a 64-bit integer but found a decimal number at /");
        }

        @Test
        void rejectsAStringThatIsNotANumber() {
            assertThat(failure("\"abc\"", JsonReading::readLong))
                    .hasMessage("Expected a 64-bit integer but found a string that does not fit at /");
        }

        @ParameterizedTest
        @ValueSource(strings = {"\"\"", "\"   \"", "\"1.5\"", "\"1e3\"", "\"0x10\"", "\"40abc\"", "\"123456789012345678901\""})
        void rejectsStringsThatAreNotIntegers(String json) {
            assertThat(failure(json, JsonReading::readLong))
                    .hasMessage("Expected a 64-bit integer but found a string that does not fit at /");
        }

        @Test
        void rejectsABoolean() {
            assertThat(failure("true", JsonReading::readLong))
                    .hasMessage("Expected a 64-bit integer but found a boolean at /");
        }

        @Test
        void rejectsAnObject() {
            assertThat(failure("{\"a\":1}", JsonReading::readLong))
                    .hasMessage("Expected a 64-bit integer but found an object at /");
        }

        @Test
        void rejectsAnArray() {
            assertThat(failure("[1]", JsonReading::readLong))
                    .hasMessage("Expected a 64-bit integer but found an array at /");
        }

        @Test
        void rejectsValuesBeyond64Bits() {
            assertThat(failure("9223372036854775808", JsonReading::readLong))
                    .hasMessage("Expected a 64-bit integer but found an integer at /");
            assertThat(failure("-9223372036854775809", JsonReading::readLong))
                    .hasMessage("Expected a 64-bit integer but found an integer at /");
            assertThat(failure("\"9223372036854775808\"", JsonReading::readLong))
                    .hasMessage("Expected a 64-bit integer but found a string that does not fit at /");
            assertThat(failure("123456789012345678901234567890", JsonReading::readLong)).isNotNull();
        }

        @Test
        void failsAtTheEndOfTheInput() {
            assertThat(failure("", JsonReading::readLong))
                    .hasMessage("Expected a 64-bit integer but found the end of the input at /");
        }

        @Test
        void rejectsNonAsciiDigitsInAString() {
            assertThat(failure("\"\u0664\u0660\"", JsonReading::readLong)).isNotNull();
        }
    }

    @Nested
    class ReadInt {
        @Test
        void readsNumbersAndNumericStrings() throws IOException {
            assertThat(read("40", JsonReading::readInt)).isEqualTo(40);
            assertThat(read("\" -40 \"", JsonReading::readInt)).isEqualTo(-40);
            assertThat(read("null", JsonReading::readInt)).isNull();
        }

        @Test
        void readsTheExtremesOf32Bits() throws IOException {
            assertThat(read("2147483647", JsonReading::readInt)).isEqualTo(Integer.MAX_VALUE);
            assertThat(read("-2147483648", JsonReading::readInt)).isEqualTo(Integer.MIN_VALUE);
        }

        @Test
        void rejectsValuesBeyond32Bits() {
            assertThat(failure("2147483648", JsonReading::readInt))
                    .hasMessage("Expected a 32-bit integer but found an integer at /");
            assertThat(failure("-2147483649", JsonReading::readInt))
                    .hasMessage("Expected a 32-bit integer but found an integer at /");
            assertThat(failure("\"2147483648\"", JsonReading::readInt))
                    .hasMessage("Expected a 32-bit integer but found a string that does not fit at /");
        }

        @Test
        void rejectsDecimalsAndText() {
            assertThat(failure("2.0", JsonReading::readInt))
                    .hasMessage("Expected a 32-bit integer but found a decimal number at /");
            assertThat(failure("\"two\"", JsonReading::readInt))
                    .hasMessage("Expected a 32-bit integer but found a string that does not fit at /");
        }
    }

    @Nested
    class ReadBoolean {
        @Test
        void readsTrueAndFalse() throws IOException {
            assertThat(read("true", JsonReading::readBoolean)).isTrue();
            assertThat(read("false", JsonReading::readBoolean)).isFalse();
        }

        @Test
        void readsTrueAndFalseWrittenAsStrings() throws IOException {
            assertThat(read("\"true\"", JsonReading::readBoolean)).isTrue();
            assertThat(read("\"false\"", JsonReading::readBoolean)).isFalse();
            assertThat(read("\" true \"", JsonReading::readBoolean)).isTrue();
        }

        @Test
        void readsNullAsNull() throws IOException {
            assertThat(read("null", JsonReading::readBoolean)).isNull();
        }

        @ParameterizedTest
        @ValueSource(strings = {"\"yes\"", "\"TRUE\"", "\"1\"", "\"\""})
        void rejectsOtherStrings(String json) {
            assertThat(failure(json, JsonReading::readBoolean))
                    .hasMessage("Expected a boolean but found a string that does not fit at /");
        }

        @Test
        void rejectsNumbers() {
            assertThat(failure("1", JsonReading::readBoolean))
                    .hasMessage("Expected a boolean but found an integer at /");
            assertThat(failure("0", JsonReading::readBoolean))
                    .hasMessage("Expected a boolean but found an integer at /");
        }

        @Test
        void rejectsObjectsAndArrays() {
            assertThat(failure("{}", JsonReading::readBoolean))
                    .hasMessage("Expected a boolean but found an object at /");
            assertThat(failure("[true]", JsonReading::readBoolean))
                    .hasMessage("Expected a boolean but found an array at /");
        }
    }

    @Nested
    class ReadString {
        @Test
        void readsAString() throws IOException {
            assertThat(read("\"hello\"", JsonReading::readString)).isEqualTo("hello");
            assertThat(read("\"\"", JsonReading::readString)).isEmpty();
            assertThat(read("\" padded \"", JsonReading::readString)).isEqualTo(" padded ");
        }

        @Test
        void readsOtherScalarsAsTheirText() throws IOException {
            assertThat(read("12", JsonReading::readString)).isEqualTo("12");
            assertThat(read("1.50", JsonReading::readString)).isEqualTo("1.50");
            assertThat(read("true", JsonReading::readString)).isEqualTo("true");
            assertThat(read("false", JsonReading::readString)).isEqualTo("false");
        }

        @Test
        void readsNullAsNullNotAsTheWordNull() throws IOException {
            assertThat(read("null", JsonReading::readString)).isNull();
        }

        @Test
        void rejectsObjects() {
            assertThat(failure("{\"a\":\"b\"}", JsonReading::readString))
                    .hasMessage("Expected a string but found an object at /");
        }

        @Test
        void rejectsArrays() {
            assertThat(failure("[\"a\"]", JsonReading::readString))
                    .hasMessage("Expected a string but found an array at /");
        }
    }

    @Nested
    class ReadEnum {
        @Test
        void appliesTheFunctionToTheText() throws IOException {
            String value = read("\"cloud_ssd\"", parser -> JsonReading.readEnum(parser, text -> text.toUpperCase(Locale.ROOT)));
            assertThat(value).isEqualTo("CLOUD_SSD");
        }

        @Test
        void returnsNullForJsonNullWithoutCallingTheFunction() throws IOException {
            AtomicInteger calls = new AtomicInteger();
            String value = read("null", parser -> JsonReading.readEnum(parser, text -> {
                calls.incrementAndGet();
                return text;
            }));
            assertThat(value).isNull();
            assertThat(calls).hasValue(0);
        }

        @Test
        void rejectsObjects() {
            assertThat(failure("{}", parser -> JsonReading.readEnum(parser, text -> text)))
                    .hasMessage("Expected a string but found an object at /");
        }
    }

    @Nested
    class ReadTree {
        @Test
        void keepsANestedStructureExactly() throws IOException {
            String json = "{\"a\":{\"b\":[1,2.5,{\"c\":null}],\"d\":\"x\"},\"e\":true}";
            JsonNode tree = read(json, JsonReading::readTree);
            assertThat(tree).isEqualTo(new ObjectMapper().readTree(json));
            assertThat(tree.path("a").path("b").get(1).decimalValue()).isEqualByComparingTo("2.5");
            assertThat(tree.path("a").path("b").get(2).get("c").isNull()).isTrue();
            assertThat(tree.toString()).isEqualTo(json);
        }

        @Test
        void readsOnlyTheValueSoTheNextTokenIsTheFollowingValue() throws IOException {
            try (JsonParser parser = FACTORY.createParser("[{\"a\":[1]},2]")) {
                assertThat(parser.nextToken()).isEqualTo(JsonToken.START_ARRAY);
                parser.nextToken();
                JsonNode tree = JsonReading.readTree(parser);
                assertThat(tree.toString()).isEqualTo("{\"a\":[1]}");
                assertThat(parser.nextToken()).isEqualTo(JsonToken.VALUE_NUMBER_INT);
                assertThat(parser.getIntValue()).isEqualTo(2);
                assertThat(parser.nextToken()).isEqualTo(JsonToken.END_ARRAY);
            }
        }

        @Test
        void keepsUnknownMembersOfAnObjectWhileTheLoopGoesOn() throws IOException {
            try (JsonParser parser = FACTORY.createParser("{\"x\":{\"y\":[1,2]},\"z\":3}")) {
                parser.nextToken();
                assertThat(parser.nextFieldName()).isEqualTo("x");
                parser.nextToken();
                assertThat(JsonReading.readTree(parser).toString()).isEqualTo("{\"y\":[1,2]}");
                assertThat(parser.nextFieldName()).isEqualTo("z");
                parser.nextToken();
                assertThat(JsonReading.readLong(parser)).isEqualTo(3L);
                assertThat(parser.nextFieldName()).isNull();
                assertThat(parser.currentToken()).isEqualTo(JsonToken.END_OBJECT);
            }
        }

        @Test
        void continuesAfterTheValue() throws IOException {
            try (JsonParser parser = FACTORY.createParser("[{\"a\":[1]},2]")) {
                parser.nextToken();
                parser.nextToken();
                JsonReading.readTree(parser);
                assertThat(parser.nextToken()).isEqualTo(JsonToken.VALUE_NUMBER_INT);
                assertThat(parser.getIntValue()).isEqualTo(2);
            }
        }
    }

    @Nested
    class ReadList {
        @Test
        void readsItemsInOrder() throws IOException {
            List<Long> list = read("[1, \"2\", 3]", parser -> JsonReading.readList(parser, JsonReading::readLong));
            assertThat(list).containsExactly(1L, 2L, 3L);
        }

        @Test
        void readsAnEmptyArray() throws IOException {
            List<Long> list = read("[]", parser -> JsonReading.readList(parser, JsonReading::readLong));
            assertThat(list).isEmpty();
        }

        @Test
        void readsNullAsNull() throws IOException {
            List<Long> list = read("null", parser -> JsonReading.readList(parser, JsonReading::readLong));
            assertThat(list).isNull();
        }

        @Test
        void keepsNullItems() throws IOException {
            List<String> list = read("[\"a\", null]", parser -> JsonReading.readList(parser, JsonReading::readString));
            assertThat(list).containsExactly("a", null);
        }

        @Test
        void returnsAnUnmodifiableList() throws IOException {
            List<Long> list = read("[1]", parser -> JsonReading.readList(parser, JsonReading::readLong));
            assertThatThrownBy(() -> list.add(2L)).isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> list.set(0, 2L)).isInstanceOf(UnsupportedOperationException.class);
            assertThat(list).containsExactly(1L);
        }

        @Test
        void readsNestedLists() throws IOException {
            List<List<Long>> lists = read("[[1,2],[],[3]]",
                    parser -> JsonReading.readList(parser, item -> JsonReading.readList(item, JsonReading::readLong)));
            assertThat(lists).containsExactly(List.of(1L, 2L), List.of(), List.of(3L));
        }

        @Test
        void failureInsideTheThirdItemReportsItsIndex() {
            JsonReadException exception = failure("[1, 2, \"x\", 4]",
                    parser -> JsonReading.readList(parser, JsonReading::readLong));
            assertThat(exception.pointer()).isEqualTo("/2");
            assertThat(exception).hasMessage("Expected a 64-bit integer but found a string that does not fit at /2");
        }

        @Test
        void failureInsideANestedListReportsBothIndexes() {
            JsonReadException exception = failure("[[1],[2,true]]",
                    parser -> JsonReading.readList(parser, item -> JsonReading.readList(item, JsonReading::readLong)));
            assertThat(exception.pointer()).isEqualTo("/1/1");
        }

        @Test
        void rejectsAnObject() {
            JsonReadException exception = failure("{}", parser -> JsonReading.readList(parser, JsonReading::readLong));
            assertThat(exception).hasMessage("Expected an array but found an object at /");
            assertThat(exception.pointer()).isEmpty();
        }

        @Test
        void rejectsAScalar() {
            assertThat(failure("\"a,b\"", parser -> JsonReading.readList(parser, JsonReading::readString)))
                    .hasMessage("Expected an array but found a string that does not fit at /");
        }
    }

    @Nested
    class ReadMap {
        @Test
        void readsEntriesInDocumentOrder() throws IOException {
            Map<String, Long> map = read("{\"b\": 2, \"a\": \"1\"}", parser -> JsonReading.readMap(parser, JsonReading::readLong));
            assertThat(map).containsExactly(Map.entry("b", 2L), Map.entry("a", 1L));
        }

        @Test
        void readsNullAsNull() throws IOException {
            Map<String, Long> map = read("null", parser -> JsonReading.readMap(parser, JsonReading::readLong));
            assertThat(map).isNull();
        }

        @Test
        void returnsAnUnmodifiableMap() throws IOException {
            Map<String, Long> map = read("{\"a\": 1}", parser -> JsonReading.readMap(parser, JsonReading::readLong));
            assertThatThrownBy(() -> map.put("b", 2L)).isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> map.remove("a")).isInstanceOf(UnsupportedOperationException.class);
            assertThat(map).containsExactly(Map.entry("a", 1L));
        }

        @Test
        void failureReportsTheKey() {
            JsonReadException exception = failure("{\"ok\": 1, \"size\": [1]}",
                    parser -> JsonReading.readMap(parser, JsonReading::readLong));
            assertThat(exception.pointer()).isEqualTo("/size");
            assertThat(exception).hasMessage("Expected a 64-bit integer but found an array at /size");
        }

        @Test
        void failureReportsTheKeyWithSlashAndTildeEscaped() {
            JsonReadException exception = failure("{\"a/b~c\": \"x\"}",
                    parser -> JsonReading.readMap(parser, JsonReading::readLong));
            assertThat(exception.pointer()).isEqualTo("/a~1b~0c");
        }

        @Test
        void failureInsideAListInsideAMapReportsTheWholePath() {
            JsonReadException exception = failure("{\"disks\": [1, {}]}",
                    parser -> JsonReading.readMap(parser, value -> JsonReading.readList(value, JsonReading::readLong)));
            assertThat(exception.pointer()).isEqualTo("/disks/1");
            assertThat(exception).hasMessage("Expected a 64-bit integer but found an object at /disks/1");
        }

        @Test
        void rejectsAnArray() {
            assertThat(failure("[]", parser -> JsonReading.readMap(parser, JsonReading::readLong)))
                    .hasMessage("Expected an object but found an array at /");
        }
    }

    @Nested
    class ExpectObject {
        @Test
        void acceptsTheStartOfAnObject() throws IOException {
            try (JsonParser parser = FACTORY.createParser("{}")) {
                parser.nextToken();
                JsonReading.expectObject(parser);
                assertThat(parser.currentToken()).isEqualTo(JsonToken.START_OBJECT);
            }
        }

        @Test
        void rejectsAnythingElse() {
            assertThat(failure("\"{}\"", parser -> {
                JsonReading.expectObject(parser);
                return null;
            })).hasMessage("Expected an object but found a string that does not fit at /");
        }
    }

    @Nested
    class ReadExceptionPointerAndMessage {
        private JsonReadException exception() throws IOException {
            try (JsonParser parser = FACTORY.createParser("1")) {
                parser.nextToken();
                return new JsonReadException(parser, "Expected a string but found an integer");
            }
        }

        @Test
        void pointerStartsEmptyAndMessageShowsTheRoot() throws IOException {
            JsonReadException exception = exception();
            assertThat(exception.pointer()).isEmpty();
            assertThat(exception).hasMessage("Expected a string but found an integer at /");
        }

        @Test
        void underChainsBuildThePointerFromTheInsideOut() throws IOException {
            JsonReadException exception = exception();
            JsonReadException same = exception.under("b").under(0).under("a");
            assertThat(same).isSameAs(exception);
            assertThat(exception.pointer()).isEqualTo("/a/0/b");
            assertThat(exception).hasMessage("Expected a string but found an integer at /a/0/b");
            assertThat(exception.getOriginalMessage()).isEqualTo("Expected a string but found an integer at /a/0/b");
        }

        @Test
        void underEscapesMemberNames() throws IOException {
            assertThat(exception().under("x~y/z").pointer()).isEqualTo("/x~0y~1z");
            assertThat(exception().under("").pointer()).isEqualTo("/");
        }

        @Test
        void isAJacksonMappingExceptionSoJacksonCallersCatchIt() throws IOException {
            assertThat(exception()).isInstanceOf(com.fasterxml.jackson.databind.JsonMappingException.class);
        }

        @Test
        void messageNamesThePointerButNeverTheOffendingValue() {
            JsonReadException exception = failure("{\"password\": \"s3cr3t-value\"}",
                    parser -> JsonReading.readMap(parser, JsonReading::readLong));
            assertThat(exception.pointer()).isEqualTo("/password");
            assertThat(exception.getMessage()).contains("/password").doesNotContain("s3cr3t");
            assertThat(exception.getOriginalMessage()).doesNotContain("s3cr3t");
            assertThat(exception.getLocalizedMessage()).doesNotContain("s3cr3t");
            assertThat(exception.toString()).doesNotContain("s3cr3t");
        }

        @Test
        void messageOfATopLevelMismatchNeverContainsTheOffendingValue() {
            JsonReadException exception = failure("\"s3cr3t-value\"", JsonReading::readInt);
            assertThat(exception.getMessage()).doesNotContain("s3cr3t");
            assertThat(exception.toString()).doesNotContain("s3cr3t");
        }
    }
}
