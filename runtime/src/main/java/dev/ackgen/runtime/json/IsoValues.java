package dev.ackgen.runtime.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.UUID;
import java.util.function.Function;

/**
 * The types ackgen's type mappings know how to read and write themselves: java.time's
 * {@code OffsetDateTime}, {@code Instant}, {@code LocalDate}, {@code LocalDateTime} and
 * {@code java.util.UUID}, each as the ISO text JSON carries (RFC 3339 for {@code date-time} and
 * {@code date}). Written values always carry seconds ({@code 2026-11-30T01:00:00Z}), as RFC 3339
 * asks, where {@code toString()} would drop zero seconds. The {@code text} methods give the same
 * text for query parameters and headers, and null for null.
 */
public final class IsoValues {
    /**
     * RFC 3339 lets {@code T} and {@code Z} be lower case, which ISO's formatter alone does not; and
     * a day that does not exist ({@code 2019-02-30}) is an error, not the month's last day.
     */
    private static final DateTimeFormatter OFFSET_DATE_TIME = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .append(DateTimeFormatter.ISO_OFFSET_DATE_TIME)
            .toFormatter()
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter LOCAL_DATE_TIME = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .append(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
            .toFormatter()
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter LOCAL_DATE = DateTimeFormatter.ISO_LOCAL_DATE.withResolverStyle(ResolverStyle.STRICT);

    private IsoValues() {}

    public static OffsetDateTime readOffsetDateTime(JsonParser parser) throws IOException {
        return read(parser, text -> OffsetDateTime.parse(text, OFFSET_DATE_TIME), "an RFC 3339 date-time");
    }

    public static Instant readInstant(JsonParser parser) throws IOException {
        return read(parser, text -> OffsetDateTime.parse(text, OFFSET_DATE_TIME).toInstant(), "an RFC 3339 date-time");
    }

    public static LocalDate readLocalDate(JsonParser parser) throws IOException {
        return read(parser, text -> LocalDate.parse(text, LOCAL_DATE), "an RFC 3339 full-date");
    }

    public static LocalDateTime readLocalDateTime(JsonParser parser) throws IOException {
        return read(parser, text -> LocalDateTime.parse(text, LOCAL_DATE_TIME), "an ISO 8601 local date-time");
    }

    public static UUID readUuid(JsonParser parser) throws IOException {
        return read(parser, IsoValues::uuid, "a UUID");
    }

    public static void write(JsonGenerator generator, OffsetDateTime value) throws IOException {
        generator.writeString(text(value));
    }

    public static void write(JsonGenerator generator, Instant value) throws IOException {
        generator.writeString(text(value));
    }

    public static void write(JsonGenerator generator, LocalDate value) throws IOException {
        generator.writeString(text(value));
    }

    public static void write(JsonGenerator generator, LocalDateTime value) throws IOException {
        generator.writeString(text(value));
    }

    public static void write(JsonGenerator generator, UUID value) throws IOException {
        generator.writeString(text(value));
    }

    public static String text(OffsetDateTime value) {
        return value == null ? null : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(value);
    }

    public static String text(Instant value) {
        return value == null ? null : DateTimeFormatter.ISO_INSTANT.format(value);
    }

    public static String text(LocalDate value) {
        return value == null ? null : DateTimeFormatter.ISO_LOCAL_DATE.format(value);
    }

    public static String text(LocalDateTime value) {
        return value == null ? null : DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(value);
    }

    public static String text(UUID value) {
        return value == null ? null : value.toString();
    }

    /** {@code UUID.fromString} accepts short groups ({@code 1-1-1-1-1}); JSON Schema's uuid does not. */
    private static UUID uuid(String text) {
        if (text.length() != 36) {
            throw new IllegalArgumentException("not 36 characters");
        }
        return UUID.fromString(text);
    }

    private static <T> T read(JsonParser parser, Function<String, T> parse, String expected) throws IOException {
        String text = JsonReading.readString(parser);
        if (text == null) {
            return null;
        }
        try {
            return parse.apply(text.trim());
        } catch (DateTimeParseException | IllegalArgumentException e) {
            // The message names what was expected, never the text: it could be a secret.
            throw new JsonReadException(parser, "Expected " + expected + " but found a string that does not fit");
        }
    }
}
