package dev.ackgen.generator.emit;

import static dev.ackgen.generator.emit.RuntimeTypes.JSON_READING;
import static dev.ackgen.generator.emit.RuntimeTypes.JSON_WRITING;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import dev.ackgen.generator.model.TypeRef;
import dev.ackgen.generator.naming.GeneratedNames;
import java.util.Map;

/**
 * How generated code writes and reads one value of an IR type as JSON: the statements and
 * expressions that a model's JSON codec and a client's calls (a JSON-encoded parameter, a body, a
 * response) both use, so that the two write and read a value the same way.
 */
final class JsonValues {
    private JsonValues() {}

    /** Statements that write a non-null value whose member name (if any) is already written. */
    static CodeBlock writeValue(TypeRef type, String value, TypeNames names, int depth) {
        if (type instanceof TypeRef.Scalar scalar) {
            return switch (scalar.kind()) {
                case STRING -> CodeBlock.of("generator.writeString($L);\n", value);
                case BOOLEAN -> CodeBlock.of("generator.writeBoolean($L);\n", value);
                case INT32 -> CodeBlock.of("generator.writeNumber($L.intValue());\n", value);
                case INT64 -> CodeBlock.of("generator.writeNumber($L.longValue());\n", value);
                case FLOAT -> CodeBlock.of("generator.writeNumber($L.floatValue());\n", value);
                case DOUBLE -> CodeBlock.of("generator.writeNumber($L.doubleValue());\n", value);
            };
        }
        if (type instanceof TypeRef.Mapped mapped) {
            return MappedTypes.write(mapped, value);
        }
        if (type instanceof TypeRef.Named named) {
            return named.isEnum()
                    ? CodeBlock.of("generator.writeString($L.toString());\n", value)
                    : CodeBlock.of("$L.$N(generator);\n", value, GeneratedNames.WRITE_JSON);
        }
        if (type instanceof TypeRef.ListOf list) {
            String item = depth == 0 ? "item" : "item" + (depth + 1);
            String index = depth == 0 ? "i" : "i" + (depth + 1);
            TypeName itemType = names.typeName(list.items());
            // By index: the lists are random access, and an iterator per list is garbage per write.
            return CodeBlock.builder()
                    .addStatement("generator.writeStartArray()")
                    .beginControlFlow("for (int $L = 0; $L < $L.size(); $L++)", index, index, value, index)
                    .addStatement("$T $L = $L.get($L)", itemType, item, value, index)
                    .add(writeNullable(list.items(), item, names, depth + 1))
                    .endControlFlow()
                    .addStatement("generator.writeEndArray()")
                    .build();
        }
        if (type instanceof TypeRef.MapOf map) {
            String entry = depth == 0 ? "entry" : "entry" + (depth + 1);
            TypeName valueType = names.typeName(map.values());
            return CodeBlock.builder()
                    .addStatement("generator.writeStartObject()")
                    .beginControlFlow("for ($T<$T, $T> $L : $L.entrySet())", Map.Entry.class, String.class, valueType, entry, value)
                    .addStatement("generator.writeFieldName($L.getKey())", entry)
                    .add(writeNullable(map.values(), entry + ".getValue()", names, depth + 1))
                    .endControlFlow()
                    .addStatement("generator.writeEndObject()")
                    .build();
        }
        return CodeBlock.of("$T.writeTree(generator, $L);\n", JSON_WRITING, value);
    }

    /** Items of lists and values of maps may be null: JSON allows {@code [null]}. */
    private static CodeBlock writeNullable(TypeRef type, String value, TypeNames names, int depth) {
        return CodeBlock.builder()
                .beginControlFlow("if ($L == null)", value)
                .addStatement("generator.writeNull()")
                .nextControlFlow("else")
                .add(writeValue(type, value, names, depth))
                .endControlFlow()
                .build();
    }

    /** An expression that reads the value the parser stands on. */
    static CodeBlock readValue(TypeRef type, String parser, TypeNames names, int depth) {
        if (type instanceof TypeRef.Scalar || type instanceof TypeRef.AnyJson) {
            return CodeBlock.of("$T.$L($L)", JSON_READING, readerMethod(type), parser);
        }
        if (type instanceof TypeRef.Mapped mapped) {
            return MappedTypes.read(mapped, parser);
        }
        if (type instanceof TypeRef.Named named) {
            ClassName className = names.className(named.name());
            return named.isEnum()
                    ? CodeBlock.of("$T.readEnum($L,$W$L::valueOf)", JSON_READING, parser, inExpression(className))
                    : CodeBlock.of("$L.$N($L)", inExpression(className), GeneratedNames.READ_JSON, parser);
        }
        if (type instanceof TypeRef.ListOf list) {
            return CodeBlock.of("$T.readList($L,$W$L)", JSON_READING, parser, reader(list.items(), names, depth + 1));
        }
        if (type instanceof TypeRef.MapOf map) {
            return CodeBlock.of("$T.readMap($L,$W$L)", JSON_READING, parser, reader(map.values(), names, depth + 1));
        }
        throw new IllegalArgumentException("no reader for " + type);
    }

    /** The {@code JsonReading} method for a scalar or free-form value. */
    private static String readerMethod(TypeRef type) {
        if (!(type instanceof TypeRef.Scalar scalar)) {
            return "readTree";
        }
        return switch (scalar.kind()) {
            case STRING -> "readString";
            case BOOLEAN -> "readBoolean";
            case INT32 -> "readInt";
            case INT64 -> "readLong";
            case FLOAT -> "readFloat";
            case DOUBLE -> "readDouble";
        };
    }

    /** A {@code ValueReader} for list items and map values: a method reference where one fits. */
    static CodeBlock reader(TypeRef type, TypeNames names, int depth) {
        if (type instanceof TypeRef.Scalar || type instanceof TypeRef.AnyJson) {
            return CodeBlock.of("$T::$L", JSON_READING, readerMethod(type));
        }
        if (type instanceof TypeRef.Mapped mapped) {
            return MappedTypes.reader(mapped, "p" + depth);
        }
        if (type instanceof TypeRef.Named named && !named.isEnum()) {
            return CodeBlock.of("$L::$N", inExpression(names.className(named.name())), GeneratedNames.READ_JSON);
        }
        String parameter = "p" + depth;
        return CodeBlock.of("$L -> $L", parameter, readValue(type, parameter, names, depth));
    }

    /**
     * A class where Java reads a name as a variable first ({@code Name.readJson}, {@code Name::valueOf}).
     * A top-level class whose name starts with {@code _} ({@code _2fa}, for a schema named {@code 2fa})
     * has the name of a member too (the property {@code 2fa} is the field {@code _2fa}), and that field
     * would obscure the class: such a class is written by its canonical name. Nested classes never
     * start with {@code _} ({@code JavaNames.nestedClassName}).
     */
    private static CodeBlock inExpression(ClassName name) {
        String packageName = name.packageName();
        return name.topLevelClassName().simpleName().startsWith("_") && !packageName.isEmpty()
                ? CodeBlock.of("$L", name.canonicalName())
                : CodeBlock.of("$T", name);
    }
}
