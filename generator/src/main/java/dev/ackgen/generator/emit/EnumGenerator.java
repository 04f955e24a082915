package dev.ackgen.generator.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.ackgen.generator.model.EnumType;
import dev.ackgen.generator.naming.GeneratedNames;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.IntStream;
import javax.lang.model.element.Modifier;

/**
 * A string enum as a final class that keeps values it does not know (the approach of conjure's
 * enums): a server that adds a value must not break an old client, and the value must survive a
 * round trip unchanged. The validator, not deserialisation, rejects unknown values in requests.
 */
final class EnumGenerator {
    private static final ClassName JSON_VALUE = ClassName.get("com.fasterxml.jackson.annotation", "JsonValue");
    private static final ClassName JSON_CREATOR = ClassName.get("com.fasterxml.jackson.annotation", "JsonCreator");

    /** Values per array method of a large enum: 1,000 take about 8 KiB of code. */
    private static final int VALUES_PER_CHUNK = 1_000;
    /**
     * The most values a large enum lists one by one, each a constant of the class file (which holds
     * 65,535): past it, each chunk is one text of the values separated by NUL, split at class load
     * (a chunk holding a NUL is still listed).
     */
    private static final int MAX_LISTED_VALUES = 20_000;
    private static final String KNOWN = "KNOWN";

    private final TypeNames names;
    private final EmitHooks hooks;

    EnumGenerator(EmitContext context) {
        this.names = context.names();
        this.hooks = context.hooks();
    }

    /** The class of an enum type: a top-level class, or one nested in its owner's. */
    TypeSpec createEnum(EnumType type, boolean topLevel) {
        if (type.values().size() > Splitting.MAX_ENUM_CONSTANTS) {
            return createLargeEnum(type, topLevel);
        }
        ClassName self = names.className(type.name());
        ClassName valueEnum = self.nestedClass(GeneratedNames.ENUM_VALUE);
        TypeSpec.Builder spec = TypeSpec.classBuilder(self)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addJavadoc("$L", Javadocs.of(type.description()))
                .addJavadoc("<p>Values this version does not know are kept as they are: {@link #get()} gives\n"
                        + "{@link $L#$L} for them and {@link #toString()} the value itself.\n", GeneratedNames.ENUM_VALUE, GeneratedNames.UNKNOWN);
        classModifiers(spec, type, topLevel);

        TypeSpec.Builder values = TypeSpec.enumBuilder(GeneratedNames.ENUM_VALUE)
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc("The values of $T, for {@code switch}.\n", self);
        // A case label must be a constant: a value too long for one is compared with equals instead.
        boolean bySwitch = type.values().stream().allMatch(value -> Literals.fitsConstant(value.wire()));
        CodeBlock.Builder valueOf = bySwitch ? CodeBlock.builder().beginControlFlow("switch (value)") : CodeBlock.builder();
        CodeBlock.Builder all = CodeBlock.builder();
        for (EnumType.Value value : type.values()) {
            FieldSpec.Builder constant = FieldSpec.builder(self, value.constant(), Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                    .initializer("new $T($Z$T.$L,$W$L)", self, valueEnum, value.constant(), Literals.string(value.wire()));
            constant.addJavadoc("$L", Javadocs.code(value.wire()));
            if (!value.description().isEmpty()) {
                constant.addJavadoc(": $L", Javadocs.of(value.description()));
            } else {
                constant.addJavadoc(".\n");
            }
            spec.addField(constant.build());
            // Documented as the constant is (javadoc -Xdoclint:all wants a comment on every public member).
            values.addEnumConstant(value.constant(), TypeSpec.anonymousClassBuilder("")
                    .addJavadoc("$L.\n", Javadocs.code(value.wire()))
                    .build());
            if (bySwitch) {
                valueOf.add("case $L:\n", Literals.constant(value.wire())).indent().addStatement("return $L", value.constant()).unindent();
            } else {
                valueOf.beginControlFlow("if ($L.string.equals(value))", value.constant())
                        .addStatement("return $L", value.constant())
                        .endControlFlow();
            }
            all.add(all.isEmpty() ? "$L" : ",$W$L", value.constant());
        }
        values.addEnumConstant(GeneratedNames.UNKNOWN, TypeSpec.anonymousClassBuilder("")
                .addJavadoc("A value this version of the client does not know.\n")
                .build());
        if (bySwitch) {
            valueOf.add("default:\n").indent().addStatement("return new $T($T.$N, value)", self, valueEnum, GeneratedNames.UNKNOWN).unindent();
            valueOf.endControlFlow();
        } else {
            valueOf.addStatement("return new $T($T.$N, value)", self, valueEnum, GeneratedNames.UNKNOWN);
        }

        spec.addField(FieldSpec.builder(ParameterizedTypeName.get(TypeNames.LIST, self), GeneratedNames.VALUES, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .initializer("$T.of($L)", TypeNames.LIST, all.build())
                .build());
        // Documented: a serializable enum's fields are its serialized form, which javadoc -Xdoclint:all checks.
        spec.addField(FieldSpec.builder(valueEnum, "value", Modifier.PRIVATE, Modifier.FINAL)
                .addJavadoc("The constant of the value, {@link $L#$L} for one this version does not know.\n", GeneratedNames.ENUM_VALUE, GeneratedNames.UNKNOWN).build());
        spec.addField(FieldSpec.builder(String.class, "string", Modifier.PRIVATE, Modifier.FINAL)
                .addJavadoc("The value as it is in JSON.\n").build());
        spec.addMethod(MethodSpec.constructorBuilder()
                .addModifiers(Modifier.PRIVATE)
                .addParameter(valueEnum, "value")
                .addParameter(String.class, "string")
                .addStatement("this.value = value")
                .addStatement("this.string = string")
                .build());
        spec.addMethod(MethodSpec.methodBuilder("get")
                .addJavadoc("The value for {@code switch}; {@link $L#$L} for a value this version does not know.\n",
                        GeneratedNames.ENUM_VALUE, GeneratedNames.UNKNOWN)
                .addModifiers(Modifier.PUBLIC)
                .returns(valueEnum)
                .addStatement("return value")
                .build());
        spec.addMethod(MethodSpec.methodBuilder("isKnown")
                .addJavadoc("Whether the value is one the spec documents.\n")
                .addModifiers(Modifier.PUBLIC)
                .returns(boolean.class)
                .addStatement("return value != $T.$N", valueEnum, GeneratedNames.UNKNOWN)
                .build());
        spec.addMethod(toStringMethod());
        spec.addMethod(MethodSpec.methodBuilder("valueOf")
                .addJavadoc("The constant for a documented value, or a new instance keeping an unknown one.\n")
                .addAnnotation(JSON_CREATOR)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(self)
                .addParameter(String.class, "value")
                .addStatement("$T.requireNonNull(value, $S)", Objects.class, "value")
                .addCode(valueOf.build())
                .build());
        addValuesAndEquality(spec, self);
        spec.addType(values.build());
        hooks.enumType(type, spec);
        return spec.build();
    }

    private static void classModifiers(TypeSpec.Builder spec, EnumType type, boolean topLevel) {
        if (!topLevel) {
            spec.addModifiers(Modifier.STATIC);
        } else {
            spec.addAnnotation(TypeNames.generated());
        }
        if (type.deprecated()) {
            spec.addAnnotation(Deprecated.class).addJavadoc("\n@deprecated the spec marks this type deprecated\n");
        }
    }

    /**
     * An enum of more than {@link Splitting#MAX_ENUM_CONSTANTS} values: the same class (unknown values kept,
     * {@code valueOf}, {@code values()}, {@code isKnown()}, {@code toString()}) without a constant
     * per value and without the {@code Value} enum, which javac cannot make past a few thousand
     * (each takes code in the one static initializer, and entries in the class's 65,535 constants).
     * The values are listed in arrays of {@link #VALUES_PER_CHUNK}, a method each, and looked up
     * in a map; past {@link #MAX_LISTED_VALUES} values, each array is split from one text.
     */
    private TypeSpec createLargeEnum(EnumType type, boolean topLevel) {
        ClassName self = names.className(type.name());
        TypeName list = ParameterizedTypeName.get(TypeNames.LIST, self);
        TypeName map = ParameterizedTypeName.get(ClassName.get(Map.class), ClassName.get(String.class), self);
        TypeSpec.Builder spec = TypeSpec.classBuilder(self)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addJavadoc("$L", Javadocs.of(type.description()))
                .addJavadoc("<p>The spec lists $L values, more than the $L a class holds as constants here: they\n"
                        + "are known by their text ({@link #valueOf}, {@link #values()}, {@link #isKnown()}). Values\n"
                        + "this version does not know are kept as they are.\n", type.values().size(), Splitting.MAX_ENUM_CONSTANTS);
        classModifiers(spec, type, topLevel);
        List<List<EnumType.Value>> chunks = new ArrayList<>();
        for (int start = 0; start < type.values().size(); start += VALUES_PER_CHUNK) {
            chunks.add(type.values().subList(start, Math.min(start + VALUES_PER_CHUNK, type.values().size())));
        }
        CodeBlock.Builder load = CodeBlock.builder()
                .addStatement("$T values = new $T<>()", list, ArrayList.class)
                .addStatement("$T known = new $T<>()", map, HashMap.class)
                .beginControlFlow("for (String[] chunk : new String[][] {$L})", IntStream.range(0, chunks.size())
                        .mapToObj(i -> CodeBlock.of("values$L()", i)).collect(CodeBlock.joining(", ")))
                .beginControlFlow("for (String value : chunk)")
                .addStatement("$T constant = new $T(true, value)", self, self)
                .beginControlFlow("if (known.putIfAbsent(value, constant) == null)")
                .addStatement("values.add(constant)")
                .endControlFlow()
                .endControlFlow()
                .endControlFlow()
                .addStatement("$N = $T.copyOf(values)", GeneratedNames.VALUES, TypeNames.LIST)
                .addStatement("$N = $T.copyOf(known)", KNOWN, Map.class);
        spec.addField(FieldSpec.builder(list, GeneratedNames.VALUES, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL).build());
        spec.addField(FieldSpec.builder(map, KNOWN, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL).build());
        spec.addStaticBlock(load.build());
        spec.addField(FieldSpec.builder(boolean.class, "known", Modifier.PRIVATE, Modifier.FINAL)
                .addJavadoc("Whether this version knows the value.\n").build());
        spec.addField(FieldSpec.builder(String.class, "string", Modifier.PRIVATE, Modifier.FINAL)
                .addJavadoc("The value as it is in JSON.\n").build());
        spec.addMethod(MethodSpec.constructorBuilder()
                .addModifiers(Modifier.PRIVATE)
                .addParameter(boolean.class, "known")
                .addParameter(String.class, "string")
                .addStatement("this.known = known")
                .addStatement("this.string = string")
                .build());
        // Tags written here: JavadocTags leaves a class with a static initializer as it is.
        spec.addMethod(MethodSpec.methodBuilder("isKnown")
                .addJavadoc("{@return whether the value is one the spec documents}\n")
                .addModifiers(Modifier.PUBLIC)
                .returns(boolean.class)
                .addStatement("return known")
                .build());
        spec.addMethod(toStringMethod());
        spec.addMethod(MethodSpec.methodBuilder("valueOf")
                .addJavadoc("{@return the instance of a documented value, or a new instance keeping an unknown one}\n\n"
                        + "@param value the value\n")
                .addAnnotation(JSON_CREATOR)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(self)
                .addParameter(String.class, "value")
                .addStatement("$T documented = $N.get($T.requireNonNull(value, $S))", self, KNOWN, Objects.class, "value")
                .addStatement("return documented != null ? documented : new $T(false, value)", self)
                .build());
        addValuesAndEquality(spec, self);
        for (int i = 0; i < chunks.size(); i++) {
            MethodSpec.Builder method = MethodSpec.methodBuilder("values" + i)
                    .addJavadoc("{@return the documented values $L to $L}\n", i * VALUES_PER_CHUNK, i * VALUES_PER_CHUNK + chunks.get(i).size() - 1)
                    .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                    .returns(String[].class);
            List<String> wires = chunks.get(i).stream().map(EnumType.Value::wire).toList();
            if (type.values().size() > MAX_LISTED_VALUES && wires.stream().noneMatch(wire -> wire.indexOf('\0') >= 0)) {
                // Each listed value is two of the class's 65,535 constants: past 20,000, one text per chunk.
                method.addStatement("return $L.split($S, -1)", Literals.string(String.join("\0", wires)), "\0");
            } else {
                CodeBlock.Builder array = CodeBlock.builder();
                for (String wire : wires) {
                    array.add(array.isEmpty() ? "\n$L" : ",\n$L", Literals.string(wire));
                }
                method.addStatement("return new String[] {$>$>$L$<$<}", array.build());
            }
            spec.addMethod(method.build());
        }
        hooks.enumType(type, spec);
        return spec.build();
    }


    /** An enum's text, as the JSON value it is. */
    private static MethodSpec toStringMethod() {
        return MethodSpec.methodBuilder("toString")
                .addJavadoc("{@return the value exactly as it is sent and received}\n")
                .addAnnotation(Override.class)
                .addAnnotation(JSON_VALUE)
                .addModifiers(Modifier.PUBLIC)
                .returns(String.class)
                .addStatement("return string")
                .build();
    }

    /** {@code values()}, and equality by the JSON text: the same in both forms of an enum class. */
    private static void addValuesAndEquality(TypeSpec.Builder spec, ClassName self) {
        spec.addMethod(MethodSpec.methodBuilder("values")
                .addJavadoc("{@return the documented values, in the spec's order}\n")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(ParameterizedTypeName.get(TypeNames.LIST, self))
                .addStatement("return $N", GeneratedNames.VALUES)
                .build());
        spec.addMethod(MethodSpec.methodBuilder("equals")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(boolean.class)
                .addParameter(Object.class, "other")
                .addStatement("return this == other$W|| (other instanceof $T that$W&& string.equals(that.string))", self)
                .build());
        spec.addMethod(MethodSpec.methodBuilder("hashCode")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(int.class)
                .addStatement("return string.hashCode()")
                .build());
    }
}
