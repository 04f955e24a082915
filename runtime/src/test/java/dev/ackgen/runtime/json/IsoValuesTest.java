package dev.ackgen.runtime.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.io.StringWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The ISO types type mappings use, read from and written as the text RFC 3339 and JSON Schema's formats define. */
class IsoValuesTest {
    private static final JsonFactory FACTORY = new JsonFactory();

    private static JsonParser on(String json) throws IOException {
        JsonParser parser = FACTORY.createParser(json);
        parser.nextToken();
        return parser;
    }

    @Test
    void dateTimesKeepTheirOffsetAndAcceptRfc3339sLowerCaseLetters() throws IOException {
        assertThat(IsoValues.readOffsetDateTime(on("\"2019-11-25T15:50:20+08:00\"")))
                .isEqualTo(OffsetDateTime.of(2019, 11, 25, 15, 50, 20, 0, ZoneOffset.ofHours(8)));
        assertThat(IsoValues.readOffsetDateTime(on("\"2019-11-25t07:50:20.5z\"")))
                .isEqualTo(OffsetDateTime.of(2019, 11, 25, 7, 50, 20, 500_000_000, ZoneOffset.UTC));
        assertThat(IsoValues.readInstant(on("\"2019-11-25T15:50:20+08:00\""))).isEqualTo(Instant.parse("2019-11-25T07:50:20Z"));
        assertThat(IsoValues.readOffsetDateTime(on("null"))).isNull();
    }

    @Test
    void writtenTextAlwaysHasSecondsAsRfc3339Requires() {
        assertThat(IsoValues.text(OffsetDateTime.of(2026, 11, 30, 1, 0, 0, 0, ZoneOffset.UTC))).isEqualTo("2026-11-30T01:00:00Z");
        assertThat(IsoValues.text(OffsetDateTime.of(2026, 11, 30, 9, 0, 0, 0, ZoneOffset.ofHours(8)))).isEqualTo("2026-11-30T09:00:00+08:00");
        assertThat(IsoValues.text(Instant.parse("2026-11-30T01:00:00Z"))).isEqualTo("2026-11-30T01:00:00Z");
        assertThat(IsoValues.text(LocalDateTime.of(2026, 11, 30, 1, 0))).isEqualTo("2026-11-30T01:00:00");
        assertThat(IsoValues.text(LocalDate.of(2026, 1, 2))).isEqualTo("2026-01-02");
        assertThat(IsoValues.text((OffsetDateTime) null)).isNull();
    }

    @Test
    void writesAsJsonStrings() throws IOException {
        StringWriter out = new StringWriter();
        try (JsonGenerator generator = FACTORY.createGenerator(out)) {
            generator.writeStartArray();
            IsoValues.write(generator, LocalDate.of(2026, 1, 2));
            IsoValues.write(generator, UUID.fromString("123e4567-e89b-12d3-a456-426614174000"));
            generator.writeEndArray();
        }
        assertThat(out).hasToString("[\"2026-01-02\",\"123e4567-e89b-12d3-a456-426614174000\"]");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"2019-11-25 15:50:20\"", "\"2019-11-25T15:50:20\"", "\"yesterday\"", "\"2019-02-30T00:00:00Z\""})
    void aDateTimeThatIsNotRfc3339IsAReadErrorThatDoesNotQuoteTheValue(String json) {
        assertThatThrownBy(() -> IsoValues.readOffsetDateTime(on(json)))
                .isInstanceOf(JsonReadException.class)
                .hasMessageStartingWith("Expected an RFC 3339 date-time but found a string that does not fit")
                .hasMessageNotContaining(json.substring(1, 5));
    }

    @Test
    void otherFormatsAreCheckedToo() {
        assertThatThrownBy(() -> IsoValues.readLocalDate(on("\"2019-13-01\""))).hasMessageStartingWith("Expected an RFC 3339 full-date");
        assertThatThrownBy(() -> IsoValues.readUuid(on("\"1-1-1-1-1\""))).hasMessageStartingWith("Expected a UUID");
        assertThatThrownBy(() -> IsoValues.readInstant(on("[]"))).isInstanceOf(JsonReadException.class);
    }
}
