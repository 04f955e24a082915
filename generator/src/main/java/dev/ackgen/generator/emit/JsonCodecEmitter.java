package dev.ackgen.generator.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.ackgen.generator.model.ObjectType;
import dev.ackgen.generator.model.Property;
import dev.ackgen.generator.model.TypeRef;
import dev.ackgen.generator.naming.GeneratedNames;
import dev.ackgen.generator.naming.JavaNames;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * A model's JSON codec as plain streaming code: one {@code switch} over member names to read, one
 * write per member. No reflection and no per-call introspection; Jackson finds the codec through
 * the model's {@code @JsonSerialize}/{@code @JsonDeserialize}, so any ObjectMapper uses it.
 */
final class JsonCodecEmitter {
    private static final String JACKSON_CORE = "com.fasterxml.jackson.core";
    private static final String JACKSON_DATABIND = "com.fasterxml.jackson.databind";
    private static final ClassName JSON_GENERATOR = ClassName.get(JACKSON_CORE, "JsonGenerator");
    private static final ClassName JSON_PARSER = ClassName.get(JACKSON_CORE, "JsonParser");
    private static final ClassName JSON_TOKEN = ClassName.get(JACKSON_CORE, "JsonToken");
    private static final ClassName SERIALIZED_STRING = ClassName.get(JACKSON_CORE + ".io", "SerializedString");
    private static final ClassName SERIALIZER_PROVIDER = ClassName.get(JACKSON_DATABIND, "SerializerProvider");
    private static final ClassName DESERIALIZATION_CONTEXT = ClassName.get(JACKSON_DATABIND, "DeserializationContext");
    private static final ClassName STD_SERIALIZER = ClassName.get(JACKSON_DATABIND + ".ser.std", "StdSerializer");
    private static final ClassName STD_DESERIALIZER = ClassName.get(JACKSON_DATABIND + ".deser.std", "StdDeserializer");
    private static final ClassName JSON_READING = ClassName.get("dev.ackgen.runtime.json", "JsonReading");
    private static final ClassName JSON_WRITING = ClassName.get("dev.ackgen.runtime.json", "JsonWriting");
    private static final ClassName JSON_READ_EXCEPTION = ClassName.get("dev.ackgen.runtime.json", "JsonReadException");

    private JsonCodecEmitter() {}

    static TypeSpec generateWriter(ObjectType type, ClassName self, TypeNames typeNames) {
        MethodSpec.Builder write = MethodSpec.methodBuilder("write")
                .addJavadoc("Writes the object; members that are null are left out.\n")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addParameter(self, "value")
                .addParameter(JSON_GENERATOR, "generator")
                .addException(IOException.class)
                .addStatement("generator.writeStartObject()");
        List<Property> members = bodyMembers(type);
        List<MethodSpec> parts = new ArrayList<>();
        Map<Property, String> names = memberNames(members, typeNames);
        if (members.size() > ModelEmitter.PROPERTIES_PER_METHOD) {
            // A method of thousands of members passes 64 KiB of code: parts of their own.
            List<List<Property>> chunks = ModelEmitter.parts(members);
            for (int i = 0; i < chunks.size(); i++) {
                String name = "writePart" + (i + 1);
                MethodSpec.Builder part = MethodSpec.methodBuilder(name)
                        .addJavadoc("Writes members $L to $L.\n", i * ModelEmitter.PROPERTIES_PER_METHOD + 1,
                                i * ModelEmitter.PROPERTIES_PER_METHOD + chunks.get(i).size())
                        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                        .addParameter(self, "value")
                        .addParameter(JSON_GENERATOR, "generator")
                        .addException(IOException.class);
                writeMembers(part, chunks.get(i), names, typeNames);
                parts.add(part.build());
                write.addStatement("$N(value, generator)", name);
            }
        } else {
            writeMembers(write, members, names, typeNames);
        }
        // Mostly empty: no entry set and iterator for nothing.
        write.beginControlFlow("if (!value.$N.isEmpty())", GeneratedNames.ADDITIONAL_PROPERTIES)
                .beginControlFlow("for ($T<$T, $T> member : value.$N.entrySet())",
                        Map.Entry.class, String.class, TypeNames.JSON_NODE, GeneratedNames.ADDITIONAL_PROPERTIES)
                .addStatement("generator.writeFieldName(member.getKey())")
                .addStatement("$T.writeTree(generator, member.getValue())", JSON_WRITING)
                .endControlFlow()
                .endControlFlow()
                .addStatement("generator.writeEndObject()");

        return TypeSpec.classBuilder(GeneratedNames.JSON_WRITER)
                .addJavadoc("Writes a {@link $T} as JSON, members under their wire names.\n", self)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .superclass(ParameterizedTypeName.get(STD_SERIALIZER, self))
                .addField(serialVersionUid())
                .addFields(names.entrySet().stream().map(name -> FieldSpec.builder(SERIALIZED_STRING, name.getValue(),
                                Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                        .initializer("new $T($Z$L)", SERIALIZED_STRING, Literals.string(name.getKey().wireName()))
                        .build()).toList())
                .addMethod(MethodSpec.constructorBuilder()
                        .addJavadoc("For Jackson, which finds this class through {@code @JsonSerialize}.\n")
                        .addModifiers(Modifier.PUBLIC)
                        .addStatement("super($T.class)", self)
                        .build())
                .addMethod(MethodSpec.methodBuilder("serialize")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .addParameter(self, "value")
                        .addParameter(JSON_GENERATOR, "generator")
                        .addParameter(SERIALIZER_PROVIDER, "provider")
                        .addException(IOException.class)
                        .addStatement("write(value, generator)")
                        .build())
                .addMethod(write.build())
                .addMethods(parts)
                .build();
    }

    private static List<Property> bodyMembers(ObjectType type) {
        return type.properties().stream().filter(property -> property.location() == Property.Location.BODY).toList();
    }

    /**
     * A constant per member name, encoded once ({@code SerializedString} keeps its quoted UTF-8
     * bytes), as writing a name from a {@code String} encodes it again on every call. None for a
     * model split into parts: thousands of constants would take its static initialiser past 64 KiB
     * of code. A constant never takes the simple name of a type the writer names (a model mapped to
     * {@code URL}, a member {@code url}): the field would obscure the type.
     */
    private static Map<Property, String> memberNames(List<Property> members, TypeNames typeNames) {
        Map<Property, String> names = new LinkedHashMap<>();
        if (members.size() > ModelEmitter.PROPERTIES_PER_METHOD) {
            return names;
        }
        Set<String> taken = new HashSet<>(Set.of("serialVersionUID"));
        for (Property property : members) {
            addSimpleNames(typeNames.typeName(property.type()), taken);
        }
        for (Property property : members) {
            names.put(property, JavaNames.unique(JavaNames.constantName(property.wireName()), taken, false));
        }
        return names;
    }

    /** The simple names a type is written with: each class of it and each class enclosing one. */
    private static void addSimpleNames(TypeName type, Set<String> names) {
        if (type instanceof ParameterizedTypeName parameterized) {
            addSimpleNames(parameterized.rawType(), names);
            parameterized.typeArguments().forEach(argument -> addSimpleNames(argument, names));
        } else if (type instanceof ClassName name) {
            names.addAll(name.simpleNames());
        }
    }

    private static void writeMembers(MethodSpec.Builder write, List<Property> members, Map<Property, String> names, TypeNames typeNames) {
        for (Property property : members) {
            String field = "value." + property.fieldName();
            String name = names.get(property);
            write.beginControlFlow("if ($L != null)", field)
                    .addStatement("generator.writeFieldName($L)", name == null ? Literals.string(property.wireName()) : name)
                    .addCode(writeValue(property.type(), field, typeNames, 0))
                    .endControlFlow();
        }
    }

    static TypeSpec generateReader(ObjectType type, ClassName self, TypeNames names) {
        ClassName builderClass = self.nestedClass(GeneratedNames.BUILDER);
        List<Property> members = bodyMembers(type);
        List<MethodSpec> parts = new ArrayList<>();
        CodeBlock.Builder cases = CodeBlock.builder();
        if (members.size() > ModelEmitter.PROPERTIES_PER_METHOD) {
            // One switch of thousands of cases passes 64 KiB of code: a switch per part, each
            // saying whether it knew the member.
            List<List<Property>> chunks = ModelEmitter.parts(members);
            CodeBlock.Builder known = CodeBlock.builder();
            for (int i = 0; i < chunks.size(); i++) {
                String name = "readPart" + (i + 1);
                CodeBlock.Builder partCases = CodeBlock.builder().beginControlFlow("switch (member)");
                for (Property property : chunks.get(i)) {
                    partCases.add("case $L:\n", Literals.constant(property.wireName())).indent()
                            .addStatement("builder.$N = $L", property.fieldName(), readValue(property.type(), "parser", names, 0))
                            .addStatement("return true")
                            .unindent();
                }
                partCases.add("default:\n").indent().addStatement("return false").unindent().endControlFlow();
                parts.add(MethodSpec.methodBuilder(name)
                        .addJavadoc("Reads member $L to $L, if it is one of them.\n", i * ModelEmitter.PROPERTIES_PER_METHOD + 1,
                                i * ModelEmitter.PROPERTIES_PER_METHOD + chunks.get(i).size())
                        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                        .returns(boolean.class)
                        .addParameter(String.class, "member")
                        .addParameter(JSON_PARSER, "parser")
                        .addParameter(builderClass, "builder")
                        .addException(IOException.class)
                        .addCode(partCases.build())
                        .build());
                known.add(known.isEmpty() ? "!$N(member, parser, builder)" : "\n&& !$N(member, parser, builder)", name);
            }
            cases.beginControlFlow("if ($>$>$L$<$<)", known.build())
                    .addStatement("builder.$N.put(member, $T.readTree(parser))", GeneratedNames.ADDITIONAL_PROPERTIES, JSON_READING)
                    .endControlFlow();
        } else {
            cases.beginControlFlow("switch (member)");
            for (Property property : members) {
                cases.add("case $L:\n", Literals.constant(property.wireName())).indent()
                        .addStatement("builder.$N = $L", property.fieldName(), readValue(property.type(), "parser", names, 0))
                        .addStatement("break")
                        .unindent();
            }
            cases.add("default:\n").indent()
                    .addStatement("builder.$N.put(member, $T.readTree(parser))", GeneratedNames.ADDITIONAL_PROPERTIES, JSON_READING)
                    .unindent()
                    .endControlFlow();
        }

        MethodSpec read = MethodSpec.methodBuilder("read")
                .addJavadoc("Reads the object the parser stands on; null for a JSON null. Members the model does\n"
                        + "not know are kept.\n")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(self)
                .addParameter(JSON_PARSER, "parser")
                .addException(IOException.class)
                .beginControlFlow("if (parser.currentToken() == $T.VALUE_NULL)", JSON_TOKEN)
                .addStatement("return null")
                .endControlFlow()
                .addStatement("$T.expectObject(parser)", JSON_READING)
                .addStatement("$T builder = new $T()", self.nestedClass(GeneratedNames.BUILDER), self.nestedClass(GeneratedNames.BUILDER))
                .addStatement("String member")
                .beginControlFlow("while ((member = parser.nextFieldName()) != null)")
                .addStatement("parser.nextToken()")
                .beginControlFlow("try")
                .addCode(cases.build())
                .nextControlFlow("catch ($T e)", JSON_READ_EXCEPTION)
                .addStatement("throw e.under(member)")
                .endControlFlow()
                .endControlFlow()
                .addStatement("return builder.build()")
                .build();

        return TypeSpec.classBuilder(GeneratedNames.JSON_READER)
                .addJavadoc("Reads a {@link $T} from JSON.\n", self)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .superclass(ParameterizedTypeName.get(STD_DESERIALIZER, self))
                .addField(serialVersionUid())
                .addMethod(MethodSpec.constructorBuilder()
                        .addJavadoc("For Jackson, which finds this class through {@code @JsonDeserialize}.\n")
                        .addModifiers(Modifier.PUBLIC)
                        .addStatement("super($T.class)", self)
                        .build())
                .addMethod(MethodSpec.methodBuilder("deserialize")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(self)
                        .addParameter(JSON_PARSER, "parser")
                        .addParameter(DESERIALIZATION_CONTEXT, "context")
                        .addException(IOException.class)
                        .addStatement("return read(parser)")
                        .build())
                .addMethod(read)
                .addMethods(parts)
                .build();
    }

    private static FieldSpec serialVersionUid() {
        return FieldSpec.builder(long.class, "serialVersionUID", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .initializer("1L")
                .build();
    }

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
                    : CodeBlock.of("$L.$N.write($L, generator);\n", inExpression(names.className(named.name())), GeneratedNames.JSON_WRITER, value);
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
    private static CodeBlock readValue(TypeRef type, String parser, TypeNames names, int depth) {
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
                    : CodeBlock.of("$L.$N.read($L)", inExpression(className), GeneratedNames.JSON_READER, parser);
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
            return CodeBlock.of("$L.$N$Z::read", inExpression(names.className(named.name())), GeneratedNames.JSON_READER);
        }
        String parameter = "p" + depth;
        return CodeBlock.of("$L -> $L", parameter, readValue(type, parameter, names, depth));
    }

    /**
     * A class where Java reads a name as a variable first ({@code Name.JsonReader.read}, {@code Name::valueOf}).
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
