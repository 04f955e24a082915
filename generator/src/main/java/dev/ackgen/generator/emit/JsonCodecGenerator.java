package dev.ackgen.generator.emit;

import static dev.ackgen.generator.emit.RuntimeTypes.JSON_READING;
import static dev.ackgen.generator.emit.RuntimeTypes.JSON_READ_EXCEPTION;
import static dev.ackgen.generator.emit.RuntimeTypes.JSON_WRITING;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.ackgen.generator.model.ModelType;
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
 * A model's JSON codec as plain streaming code in the model itself: {@code writeJson}, a line per
 * member, and a static {@code readJson}, one {@code switch} over member names. No reflection, no
 * per-call introspection, and no serializer or deserializer class per model (each was a subclass of
 * a large Jackson class that javac checked again for every model): jackson-databind reaches the same
 * code through the runtime's {@code JsonWritable} and the package's {@code JsonModelReaders}.
 */
final class JsonCodecGenerator {
    private static final String JACKSON_CORE = "com.fasterxml.jackson.core";
    static final ClassName JSON_GENERATOR = ClassName.get(JACKSON_CORE, "JsonGenerator");
    static final ClassName JSON_PARSER = ClassName.get(JACKSON_CORE, "JsonParser");
    private static final ClassName JSON_TOKEN = ClassName.get(JACKSON_CORE, "JsonToken");
    private static final ClassName SERIALIZED_STRING = ClassName.get(JACKSON_CORE + ".io", "SerializedString");

    private final TypeNames names;

    JsonCodecGenerator(EmitContext context) {
        this.names = context.names();
    }

    /** Adds the codec of a model with body properties to its class: name constants, {@code writeJson}, {@code readJson}. */
    void addCodec(TypeSpec.Builder spec, ObjectType type, ClassName self) {
        List<Property> members = bodyMembers(type);
        Map<Property, String> constants = memberConstants(type, members);
        constants.forEach((property, constant) -> spec.addField(FieldSpec.builder(SERIALIZED_STRING, constant,
                        Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .initializer("new $T($Z$L)", SERIALIZED_STRING, Literals.string(property.wireName()))
                .build()));
        spec.addMethods(createWriteJson(members, constants));
        spec.addMethods(createReadJson(members, self));
    }

    /** {@code writeJson}, and its parts when the model is split. */
    private List<MethodSpec> createWriteJson(List<Property> members, Map<Property, String> constants) {
        MethodSpec.Builder write = MethodSpec.methodBuilder(GeneratedNames.WRITE_JSON)
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .addParameter(JSON_GENERATOR, "generator")
                .addException(IOException.class)
                .addStatement("generator.writeStartObject()");
        List<MethodSpec> methods = new ArrayList<>();
        if (Splitting.isSplit(members)) {
            // A method of thousands of members passes 64 KiB of code: parts of their own.
            List<List<Property>> chunks = Splitting.parts(members);
            for (int i = 0; i < chunks.size(); i++) {
                String name = GeneratedNames.WRITE_JSON + "Part" + (i + 1);
                MethodSpec.Builder part = MethodSpec.methodBuilder(name)
                        .addJavadoc("Writes members $L to $L.\n", Splitting.first(i), Splitting.last(i, chunks.get(i).size()))
                        .addModifiers(Modifier.PRIVATE)
                        .addParameter(JSON_GENERATOR, "generator")
                        .addException(IOException.class);
                writeMembers(part, chunks.get(i), constants);
                methods.add(part.build());
                write.addStatement("$N(generator)", name);
            }
        } else {
            writeMembers(write, members, constants);
        }
        write.addStatement("$T.unknownMembers(generator, this.$N)", JSON_WRITING, GeneratedNames.ADDITIONAL_PROPERTIES)
                .addStatement("generator.writeEndObject()");
        methods.add(0, write.build());
        return methods;
    }

    /**
     * One statement per member: a runtime call that writes name and value unless absent where the
     * member has a constant name and a value the runtime writes by itself; the name and the value's
     * statements otherwise. Fields as {@code this.x}: a member may be called {@code generator}.
     */
    private void writeMembers(MethodSpec.Builder write, List<Property> members, Map<Property, String> constants) {
        for (Property property : members) {
            String field = "this." + property.fieldName();
            String constant = constants.get(property);
            String member = constant == null ? null : memberWriter(property.type());
            if (member != null) {
                write.addStatement("$T.$N(generator,$W$N,$W$L)", JSON_WRITING, member, constant, field);
            } else {
                write.beginControlFlow("if ($L != null)", field)
                        .addStatement("generator.writeFieldName($L)", constant == null ? Literals.string(property.wireName()) : constant)
                        .addCode(JsonValues.writeValue(property.type(), field, names, 0))
                        .endControlFlow();
            }
        }
    }

    /** The {@code JsonWriting} method that writes a member of this type with its name, if there is one. */
    private static String memberWriter(TypeRef type) {
        if (type instanceof TypeRef.Scalar scalar) {
            return switch (scalar.kind()) {
                case STRING -> "stringMember";
                case BOOLEAN -> "booleanMember";
                case INT32 -> "intMember";
                case INT64 -> "longMember";
                case FLOAT, DOUBLE -> null;
            };
        }
        if (type instanceof TypeRef.Named named) {
            return named.isEnum() ? "enumMember" : "objectMember";
        }
        return null;
    }

    /** {@code readJson}, and its parts when the model is split. */
    private List<MethodSpec> createReadJson(List<Property> members, ClassName self) {
        ClassName builderClass = self.nestedClass(GeneratedNames.BUILDER);
        List<MethodSpec> methods = new ArrayList<>();
        CodeBlock.Builder cases = CodeBlock.builder();
        if (Splitting.isSplit(members)) {
            // One switch of thousands of cases passes 64 KiB of code: a switch per part, each
            // saying whether it knew the member.
            List<List<Property>> chunks = Splitting.parts(members);
            CodeBlock.Builder known = CodeBlock.builder();
            for (int i = 0; i < chunks.size(); i++) {
                String name = GeneratedNames.READ_JSON + "Part" + (i + 1);
                CodeBlock.Builder partCases = CodeBlock.builder().beginControlFlow("switch (member)");
                for (Property property : chunks.get(i)) {
                    partCases.add("case $L:\n", Literals.constant(property.wireName())).indent()
                            .addStatement("builder.$N = $L", property.fieldName(), JsonValues.readValue(property.type(), "parser", names, 0))
                            .addStatement("return true")
                            .unindent();
                }
                partCases.add("default:\n").indent().addStatement("return false").unindent().endControlFlow();
                methods.add(MethodSpec.methodBuilder(name)
                        .addJavadoc("Reads member $L to $L, if it is one of them.\n", Splitting.first(i), Splitting.last(i, chunks.get(i).size()))
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
                        .addStatement("builder.$N = $L", property.fieldName(), JsonValues.readValue(property.type(), "parser", names, 0))
                        .addStatement("break")
                        .unindent();
            }
            cases.add("default:\n").indent()
                    .addStatement("builder.$N.put(member, $T.readTree(parser))", GeneratedNames.ADDITIONAL_PROPERTIES, JSON_READING)
                    .unindent()
                    .endControlFlow();
        }
        methods.add(0, MethodSpec.methodBuilder(GeneratedNames.READ_JSON)
                .addJavadoc("Reads the object the parser stands on. Members the model does not know are kept.\n\n"
                        + "@param parser a parser on the object's first token\n"
                        + "@return the object; null for a JSON null\n"
                        + "@throws IOException if the JSON does not fit the model, naming where\n")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(self)
                .addParameter(JSON_PARSER, "parser")
                .addException(IOException.class)
                .beginControlFlow("if (parser.currentToken() == $T.VALUE_NULL)", JSON_TOKEN)
                .addStatement("return null")
                .endControlFlow()
                .addStatement("$T.expectObject(parser)", JSON_READING)
                .addStatement("$T builder = new $T()", builderClass, builderClass)
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
                .build());
        return methods;
    }

    private static List<Property> bodyMembers(ObjectType type) {
        return type.properties().stream().filter(property -> property.location() == Property.Location.BODY).toList();
    }

    /**
     * A constant per member name, encoded once ({@code SerializedString} keeps its quoted UTF-8
     * bytes), as writing a name from a {@code String} encodes it again on every call. None for a
     * model split into parts: thousands of constants would take its static initialiser past 64 KiB
     * of code. The constants are fields of the model beside its values, so a constant never takes a
     * value's field name (the member {@code 3} is the field {@code _3}, and its constant would be
     * too); and they are seen in every class nested in the model, so a constant never takes the
     * simple name of a type the model or a class nested in it names (a model mapped to {@code URL},
     * a member {@code url}): the field would obscure the type.
     */
    private Map<Property, String> memberConstants(ObjectType type, List<Property> members) {
        Map<Property, String> constants = new LinkedHashMap<>();
        if (Splitting.isSplit(members)) {
            return constants;
        }
        Set<String> taken = new HashSet<>(Set.of(GeneratedNames.ADDITIONAL_PROPERTIES));
        type.properties().forEach(property -> taken.add(property.fieldName()));
        addTypeNames(type, taken);
        for (Property property : members) {
            constants.put(property, JavaNames.unique(JavaNames.constantName(property.wireName()), taken, false));
        }
        return constants;
    }

    /** The simple names of the types an object's code names, and those of the types nested in it. */
    private void addTypeNames(ObjectType type, Set<String> taken) {
        for (Property property : type.properties()) {
            addSimpleNames(names.typeName(property.type()), taken);
        }
        for (ModelType nested : type.nested()) {
            taken.addAll(names.className(nested.name()).simpleNames());
            if (nested instanceof ObjectType object) {
                addTypeNames(object, taken);
            }
        }
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
}
