package dev.ackgen.generator.emit;

import static dev.ackgen.generator.emit.RuntimeTypes.ISO_VALUES;
import static dev.ackgen.generator.emit.RuntimeTypes.JSON_READING;
import static dev.ackgen.generator.emit.RuntimeTypes.JSON_WRITING;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import dev.ackgen.generator.model.TypeRef;
import java.util.Map;

/**
 * How generated code reads, writes and prints a type a type mapping put in place of a format or
 * a schema. The ISO types the runtime knows ({@code IsoValues}) are plain calls; any other class is
 * handed to Jackson databind, which reads and writes it as that class asks. The one place that
 * knows which is which.
 */
final class MappedTypes {

    /** The types {@code IsoValues} reads, with the name of its reader. */
    private static final Map<String, String> ISO_READERS = Map.of(
            "java.time.OffsetDateTime", "readOffsetDateTime",
            "java.time.Instant", "readInstant",
            "java.time.LocalDate", "readLocalDate",
            "java.time.LocalDateTime", "readLocalDateTime",
            "java.util.UUID", "readUuid");

    private MappedTypes() {}

    /** Whether the runtime reads and writes this type itself, as ISO text. */
    static boolean isIso(String qualifiedName) {
        return ISO_READERS.containsKey(qualifiedName);
    }

    static ClassName className(TypeRef.Mapped type) {
        return ClassName.bestGuess(type.qualifiedName());
    }

    /** An expression reading the value the parser stands on. */
    static CodeBlock read(TypeRef.Mapped type, String parser) {
        String iso = ISO_READERS.get(type.qualifiedName());
        return iso != null
                ? CodeBlock.of("$T.$L($L)", ISO_VALUES, iso, parser)
                : CodeBlock.of("$T.readValue($L, $T.class)", JSON_READING, parser, className(type));
    }

    /** A {@code ValueReader} for list items and map values. */
    static CodeBlock reader(TypeRef.Mapped type, String parameter) {
        String iso = ISO_READERS.get(type.qualifiedName());
        return iso != null
                ? CodeBlock.of("$T::$L", ISO_VALUES, iso)
                : CodeBlock.of("$L -> $L", parameter, read(type, parameter));
    }

    /** A statement writing a non-null value whose member name, if any, is written already. */
    static CodeBlock write(TypeRef.Mapped type, String value) {
        return isIso(type.qualifiedName())
                ? CodeBlock.of("$T.write(generator, $L);\n", ISO_VALUES, value)
                : CodeBlock.of("$T.writeValue(generator, $L);\n", JSON_WRITING, value);
    }

    /**
     * The text of a value sent as a query parameter or header: the ISO text for the runtime's
     * types (null for null), the value itself for others, which the call prints with {@code toString()}.
     */
    static CodeBlock text(TypeRef.Mapped type, String value) {
        return isIso(type.qualifiedName()) ? CodeBlock.of("$T.text($L)", ISO_VALUES, value) : CodeBlock.of("$L", value);
    }
}
