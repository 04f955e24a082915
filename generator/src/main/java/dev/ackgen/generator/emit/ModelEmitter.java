package dev.ackgen.generator.emit;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.TypeVariableName;
import dev.ackgen.generator.model.EnumType;
import dev.ackgen.generator.model.ModelType;
import dev.ackgen.generator.model.ObjectType;
import dev.ackgen.generator.model.Property;
import dev.ackgen.generator.model.TypeRef;
import dev.ackgen.generator.naming.GeneratedNames;
import dev.ackgen.generator.naming.JavaNames;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;
import java.util.StringJoiner;
import javax.lang.model.element.Modifier;

/**
 * An object type as a final, immutable class with a builder: nullable accessors (absent is null
 * and is not sent), unmodifiable collections, members the model does not know kept and written
 * back, {@code equals}/{@code hashCode}, and a {@code toString} that never shows a secret. Its
 * JSON codec comes from {@link JsonCodecEmitter}; nested types are nested classes.
 */
public final class ModelEmitter {
    private static final ClassName JSON_SERIALIZE = ClassName.get("com.fasterxml.jackson.databind.annotation", "JsonSerialize");
    private static final ClassName JSON_DESERIALIZE = ClassName.get("com.fasterxml.jackson.databind.annotation", "JsonDeserialize");
    private static final String FROZEN_LIST = "frozenList";
    private static final String FROZEN_MAP = "frozenMap";

    /**
     * The most properties one generated method handles: a model with more has its per-property
     * methods ({@code equals}, {@code hashCode}, {@code toString}, the JSON reader and writer, the
     * validator) split into parts of this many, each a method of its own. javac refuses a method of
     * more than 64 KiB of code, and its stack overflows on an {@code &&} or {@code +} chain of about
     * 850 terms. Models of up to this many properties are generated as they always were.
     */
    static final int PROPERTIES_PER_METHOD = 200;

    private ModelEmitter() {}

    /** The items in parts of at most {@link #PROPERTIES_PER_METHOD}; one part when there are no more. */
    static <T> List<List<T>> parts(List<T> items) {
        List<List<T>> parts = new ArrayList<>();
        for (int start = 0; start < items.size() || start == 0; start += PROPERTIES_PER_METHOD) {
            parts.add(items.subList(start, Math.min(start + PROPERTIES_PER_METHOD, items.size())));
        }
        return parts;
    }

    /** The file of a top-level object or enum. */
    public static JavaFile generateModel(ModelType type, TypeNames names, EmitHooks hooks) {
        TypeSpec spec = type instanceof EnumType enumType
                ? EnumEmitter.generateEnum(enumType, names, true, hooks)
                : generateObject((ObjectType) type, names, true, hooks);
        return JavaFiles.of(names.packageName(), spec);
    }

    static TypeSpec generateObject(ObjectType type, TypeNames names, boolean topLevel, EmitHooks hooks) {
        ClassName self = names.className(type.name());
        ClassName builder = self.nestedClass(GeneratedNames.BUILDER);
        boolean json = type.hasBodyProperties();

        TypeSpec.Builder spec = TypeSpec.classBuilder(self).addModifiers(Modifier.PUBLIC, Modifier.FINAL);
        spec.addJavadoc("$L", Javadocs.of(type.description()));
        List<String> suppressed = new ArrayList<>();
        if (topLevel) {
            spec.addAnnotation(TypeNames.generated());
            if (names.referencesDeprecatedType(type)) {
                suppressed.add("deprecation");
            }
        } else {
            spec.addModifiers(Modifier.STATIC);
        }
        suppressed.addAll(hooks.suppressedWarnings(type));
        if (suppressed.size() == 1) {
            spec.addAnnotation(AnnotationSpec.builder(SuppressWarnings.class).addMember("value", "$S", suppressed.get(0)).build());
        } else if (!suppressed.isEmpty()) {
            spec.addAnnotation(AnnotationSpec.builder(SuppressWarnings.class)
                    .addMember("value", "{$L}", suppressed.stream().map(w -> CodeBlock.of("$S", w)).collect(CodeBlock.joining(", ")))
                    .build());
        }
        if (type.deprecated()) {
            spec.addAnnotation(Deprecated.class).addJavadoc("\n@deprecated the spec marks this type deprecated\n");
        }
        if (json) {
            spec.addAnnotation(AnnotationSpec.builder(JSON_SERIALIZE).addMember("using", "$T.class", self.nestedClass(GeneratedNames.JSON_WRITER)).build());
            spec.addAnnotation(AnnotationSpec.builder(JSON_DESERIALIZE).addMember("using", "$T.class", self.nestedClass(GeneratedNames.JSON_READER)).build());
        }

        MethodSpec.Builder constructor = MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).addParameter(builder, "builder");
        boolean large = type.properties().size() > PROPERTIES_PER_METHOD;
        boolean copiesLists = false;
        boolean copiesMaps = false;
        for (Property property : type.properties()) {
            TypeName javaType = names.typeName(property.type());
            // Documented: a serializable model's fields are its serialized form, which javadoc -Xdoclint:all checks.
            spec.addField(FieldSpec.builder(javaType, property.fieldName(), Modifier.PRIVATE, Modifier.FINAL)
                    .addJavadoc("The value of $L.\n", Javadocs.code(property.wireName())).build());
            String source = "builder." + property.fieldName();
            if (large && property.type() instanceof TypeRef.ListOf) {
                // A constructor of thousands of inline copies passes 64 KiB of code: one call each.
                constructor.addStatement("this.$N = $N($L)", property.fieldName(), FROZEN_LIST, source);
                copiesLists = true;
            } else if (large && property.type() instanceof TypeRef.MapOf) {
                constructor.addStatement("this.$N = $N($L)", property.fieldName(), FROZEN_MAP, source);
                copiesMaps = true;
            } else {
                constructor.addStatement("this.$N = $L", property.fieldName(), frozenCopy(property.type(), source));
            }
            spec.addMethod(getter(property, javaType));
            if (property.isCollection()) {
                spec.addMethod(presence(property));
            }
        }
        if (json) {
            spec.addField(FieldSpec.builder(additionalType(), GeneratedNames.ADDITIONAL_PROPERTIES, Modifier.PRIVATE, Modifier.FINAL)
                    .addJavadoc("The members of the JSON object that the model does not know.\n").build());
            // Mostly empty: one shared empty map, not a copy and a wrapper per object read.
            constructor.addStatement("this.$N = builder.$N.isEmpty()$W? $T.of()$W: $T.unmodifiableMap(new $T<>(builder.$N))",
                    GeneratedNames.ADDITIONAL_PROPERTIES, GeneratedNames.ADDITIONAL_PROPERTIES, TypeNames.MAP, Collections.class,
                    LinkedHashMap.class, GeneratedNames.ADDITIONAL_PROPERTIES);
            spec.addMethod(MethodSpec.methodBuilder(JavaNames.getterName(GeneratedNames.ADDITIONAL_PROPERTIES))
                    .addJavadoc("Members of the JSON object that this version of the model does not know, kept so\n"
                            + "that nothing is lost on a round trip. Never null.\n")
                    .addModifiers(Modifier.PUBLIC)
                    .returns(additionalType())
                    .addStatement("return $N", GeneratedNames.ADDITIONAL_PROPERTIES)
                    .build());
        }
        spec.addMethod(constructor.build());
        if (copiesLists) {
            TypeVariableName item = TypeVariableName.get("T");
            TypeName list = ParameterizedTypeName.get(TypeNames.LIST, item);
            spec.addMethod(MethodSpec.methodBuilder(FROZEN_LIST)
                    .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                    .addTypeVariable(item)
                    .returns(list)
                    .addParameter(list, "list")
                    .addStatement("return $L", frozenCopy(new TypeRef.ListOf(new TypeRef.AnyJson()), "list"))
                    .build());
        }
        if (copiesMaps) {
            TypeVariableName value = TypeVariableName.get("T");
            TypeName map = ParameterizedTypeName.get(TypeNames.MAP, ClassName.get(String.class), value);
            spec.addMethod(MethodSpec.methodBuilder(FROZEN_MAP)
                    .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                    .addTypeVariable(value)
                    .returns(map)
                    .addParameter(map, "map")
                    .addStatement("return $L", frozenCopy(new TypeRef.MapOf(new TypeRef.AnyJson()), "map"))
                    .build());
        }
        spec.addMethod(MethodSpec.methodBuilder(GeneratedNames.BUILDER_METHOD)
                .addJavadoc("A builder with nothing set.\n")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(builder)
                .addStatement("return new $T()", builder)
                .build());
        spec.addMethod(MethodSpec.methodBuilder(GeneratedNames.TO_BUILDER)
                .addJavadoc("A builder holding this object's values, to make a changed copy.\n")
                .addModifiers(Modifier.PUBLIC)
                .returns(builder)
                .addStatement("return new $T(this)", builder)
                .build());
        if (large) {
            largeEqualsHashCodeToString(spec, type, self, json);
        } else {
            spec.addMethod(equalsMethod(type, self, json));
            spec.addMethod(hashCodeMethod(type, json));
            spec.addMethod(toStringMethod(type, self, json));
        }
        spec.addType(hooks.modelPart(type, builderType(type, self, builder, names, json)));
        if (json) {
            spec.addType(hooks.modelPart(type, JsonCodecEmitter.generateWriter(type, self, names)));
            spec.addType(hooks.modelPart(type, JsonCodecEmitter.generateReader(type, self, names)));
        }
        for (ModelType nested : type.nested()) {
            spec.addType(nested instanceof EnumType enumType
                    ? EnumEmitter.generateEnum(enumType, names, false, hooks)
                    : generateObject((ObjectType) nested, names, false, hooks));
        }
        hooks.model(type, spec);
        return spec.build();
    }

    private static MethodSpec getter(Property property, TypeName javaType) {
        MethodSpec.Builder getter = MethodSpec.methodBuilder(property.getterName())
                .addModifiers(Modifier.PUBLIC)
                .returns(javaType)
                .addJavadoc("$L", propertyDoc(property));
        if (property.isCollection()) {
            // Absent reads as empty, so callers can loop without a null check; hasX() tells the two apart.
            getter.addStatement("return $N == null ? $T.of() : $N", property.fieldName(),
                    property.type() instanceof TypeRef.ListOf ? TypeNames.LIST : TypeNames.MAP, property.fieldName());
        } else {
            getter.addStatement("return $N", property.fieldName());
        }
        deprecate(getter, property);
        return getter.build();
    }

    /** {@code hasTags()}: whether a list or map was present, even empty. */
    private static MethodSpec presence(Property property) {
        MethodSpec.Builder presence = MethodSpec.methodBuilder(property.presenceName())
                .addModifiers(Modifier.PUBLIC)
                .returns(boolean.class)
                .addJavadoc("Whether $L was present, even empty: {@link #$N()} reads an absent $L as empty.\n\n"
                                + "@return false when absent\n",
                        Javadocs.code(property.wireName()), property.getterName(),
                        property.type() instanceof TypeRef.ListOf ? "list" : "map")
                .addStatement("return $N != null", property.fieldName());
        deprecate(presence, property);
        return presence.build();
    }

    /** The javadoc of a property's accessor and builder method. */
    static String propertyDoc(Property property) {
        StringBuilder doc = new StringBuilder(Javadocs.of(property.description()));
        doc.append(doc.length() == 0 ? "" : "\n")
                .append("<p>")
                .append(switch (property.location()) {
                    case BODY -> "JSON member ";
                    case PATH -> "Path parameter ";
                    case QUERY -> "Query parameter ";
                    case HEADER -> "Header ";
                })
                .append(Javadocs.code(property.wireName()))
                .append(property.required() ? ", required" : property.isCollection()
                        ? ", optional; read as empty when absent (" + Javadocs.code(property.presenceName() + "()") + " tells absent from empty)"
                        : ", optional; null when absent")
                .append(property.defaultValue() != null ? " (the server's default: " + Javadocs.code(property.defaultValue().toJson()) + ")" : "")
                .append(property.secret() ? ". A secret: never shown by {@code toString}" : "")
                .append(".\n");
        if (property.example() != null && !property.example().isBlank() && !property.secret()) {
            doc.append("<p>Example: ").append(Javadocs.code(property.example())).append(".\n");
        }
        return doc.toString();
    }

    static void deprecate(MethodSpec.Builder method, Property property) {
        if (property.deprecated()) {
            method.addAnnotation(Deprecated.class).addJavadoc("@deprecated the spec marks $L deprecated\n", Javadocs.code(property.wireName()));
        }
    }

    /** An unmodifiable copy of a collection handed to the builder; other values are immutable already. */
    private static CodeBlock frozenCopy(TypeRef type, String source) {
        if (type instanceof TypeRef.ListOf) {
            return CodeBlock.of("$L == null$W? null$W: $T.unmodifiableList(new $T<>($L))",
                    source, Collections.class, ArrayList.class, source);
        }
        if (type instanceof TypeRef.MapOf) {
            return CodeBlock.of("$L == null$W? null$W: $T.unmodifiableMap(new $T<>($L))",
                    source, Collections.class, LinkedHashMap.class, source);
        }
        return CodeBlock.of("$L", source);
    }

    static TypeName additionalType() {
        return ParameterizedTypeName.get(TypeNames.MAP, ClassName.get(String.class), TypeNames.JSON_NODE);
    }

    private static MethodSpec equalsMethod(ObjectType type, ClassName self, boolean json) {
        CodeBlock.Builder comparison = CodeBlock.builder();
        for (Property property : type.properties()) {
            comparison.add("\n&& $T.equals(this.$N,$Wthat.$N)", Objects.class, property.fieldName(), property.fieldName());
        }
        if (json) {
            comparison.add("\n&& this.$N.equals(that.$N)", GeneratedNames.ADDITIONAL_PROPERTIES, GeneratedNames.ADDITIONAL_PROPERTIES);
        }
        MethodSpec.Builder method = MethodSpec.methodBuilder("equals")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(boolean.class)
                .addParameter(Object.class, "other");
        if (comparison.isEmpty()) {
            return method.addStatement("return this == other || other instanceof $T", self).build();
        }
        return method.addStatement("return this == other || (other instanceof $T that$>$>$L)$<$<", self, comparison.build()).build();
    }

    private static MethodSpec hashCodeMethod(ObjectType type, boolean json) {
        List<String> fields = new ArrayList<>();
        type.properties().forEach(property -> fields.add(property.fieldName()));
        if (json) {
            fields.add(GeneratedNames.ADDITIONAL_PROPERTIES);
        }
        MethodSpec.Builder method = MethodSpec.methodBuilder("hashCode")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(int.class);
        if (fields.isEmpty()) {
            return method.addStatement("return 0").build();
        }
        return method.addStatement("return $T.hash($L)", Objects.class, CodeLayout.arguments(fields)).build();
    }

    /**
     * The properties that are set, by wire name; secrets as {@code ***}. Unset properties are left
     * out: a request of a hundred optional members shows the three it has.
     */
    private static MethodSpec toStringMethod(ObjectType type, ClassName self, boolean json) {
        MethodSpec.Builder method = MethodSpec.methodBuilder("toString")
                .addJavadoc("The values that are set, by wire name; secrets as {@code ***}.\n")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(String.class)
                .addStatement("$T text = new $T($S, $S, $S)", StringJoiner.class, StringJoiner.class, ", ", self.simpleName() + "{", "}");
        addSetValues(method, type.properties());
        return finishToString(method, json).build();
    }

    /** Adds each set property of these to the joiner {@code text}. */
    private static void addSetValues(MethodSpec.Builder method, List<Property> properties) {
        for (Property property : properties) {
            // this.: a property may be called text, like the joiner
            method.beginControlFlow("if (this.$N != null)", property.fieldName());
            if (property.secret()) {
                method.addStatement("text.add($L)", Literals.string(property.wireName() + "=***"));
            } else {
                method.addStatement("text.add($L + this.$N)", Literals.string(property.wireName() + "="), property.fieldName());
            }
            method.endControlFlow();
        }
    }

    private static MethodSpec.Builder finishToString(MethodSpec.Builder method, boolean json) {
        if (json) {
            method.beginControlFlow("if (!this.$N.isEmpty())", GeneratedNames.ADDITIONAL_PROPERTIES)
                    .addStatement("text.add($S + this.$N)", GeneratedNames.ADDITIONAL_PROPERTIES + "=", GeneratedNames.ADDITIONAL_PROPERTIES)
                    .endControlFlow();
        }
        return method.addStatement("return text.toString()");
    }

    /**
     * {@code equals}, {@code hashCode} and {@code toString} of a model of more than {@link
     * #PROPERTIES_PER_METHOD} properties: each combines private parts of that many properties.
     */
    private static void largeEqualsHashCodeToString(TypeSpec.Builder spec, ObjectType type, ClassName self, boolean json) {
        List<List<Property>> parts = parts(type.properties());
        CodeBlock.Builder equalParts = CodeBlock.builder();
        List<String> hashParts = new ArrayList<>();
        MethodSpec.Builder toString = MethodSpec.methodBuilder("toString")
                .addJavadoc("The values that are set, by wire name; secrets as {@code ***}.\n")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(String.class)
                .addStatement("$T text = new $T($S, $S, $S)", StringJoiner.class, StringJoiner.class, ", ", self.simpleName() + "{", "}");
        for (int i = 0; i < parts.size(); i++) {
            String equalsPart = "equalsPart" + (i + 1);
            String hashCodePart = "hashCodePart" + (i + 1);
            String toStringPart = "toStringPart" + (i + 1);
            CodeBlock.Builder comparison = CodeBlock.builder();
            List<String> fields = new ArrayList<>();
            for (Property property : parts.get(i)) {
                comparison.add(comparison.isEmpty() ? "$T.equals(this.$N,$Wthat.$N)" : "\n&& $T.equals(this.$N,$Wthat.$N)",
                        Objects.class, property.fieldName(), property.fieldName());
                fields.add(property.fieldName());
            }
            String range = "properties " + (i * PROPERTIES_PER_METHOD + 1) + " to " + (i * PROPERTIES_PER_METHOD + parts.get(i).size());
            spec.addMethod(MethodSpec.methodBuilder(equalsPart)
                    .addJavadoc("{@link #equals} of $L.\n", range)
                    .addModifiers(Modifier.PRIVATE)
                    .returns(boolean.class)
                    .addParameter(self, "that")
                    .addStatement("return $>$>$L$<$<", comparison.build())
                    .build());
            spec.addMethod(MethodSpec.methodBuilder(hashCodePart)
                    .addJavadoc("{@link #hashCode} of $L.\n", range)
                    .addModifiers(Modifier.PRIVATE)
                    .returns(int.class)
                    .addStatement("return $T.hash($L)", Objects.class, CodeLayout.arguments(fields))
                    .build());
            MethodSpec.Builder textPart = MethodSpec.methodBuilder(toStringPart)
                    .addJavadoc("{@link #toString} of $L: adds those that are set to {@code text}.\n", range)
                    .addModifiers(Modifier.PRIVATE)
                    .addParameter(StringJoiner.class, "text");
            addSetValues(textPart, parts.get(i));
            spec.addMethod(textPart.build());
            equalParts.add("\n&& $N(that)", equalsPart);
            hashParts.add(hashCodePart + "()");
            toString.addStatement("$N(text)", toStringPart);
        }
        if (json) {
            equalParts.add("\n&& this.$N.equals(that.$N)", GeneratedNames.ADDITIONAL_PROPERTIES, GeneratedNames.ADDITIONAL_PROPERTIES);
            hashParts.add(GeneratedNames.ADDITIONAL_PROPERTIES);
        }
        spec.addMethod(MethodSpec.methodBuilder("equals")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(boolean.class)
                .addParameter(Object.class, "other")
                .addStatement("return this == other || (other instanceof $T that$>$>$L)$<$<", self, equalParts.build())
                .build());
        spec.addMethod(MethodSpec.methodBuilder("hashCode")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(int.class)
                .addStatement("return $T.hash($L)", Objects.class, CodeLayout.arguments(hashParts))
                .build());
        spec.addMethod(finishToString(toString, json).build());
    }

    private static TypeSpec builderType(ObjectType type, ClassName self, ClassName builder, TypeNames names, boolean json) {
        TypeSpec.Builder spec = TypeSpec.classBuilder(builder)
                .addJavadoc("Builds a {@link $T}. Not thread-safe; {@link #build()} may be called more than once.\n", self)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL);
        MethodSpec.Builder copy = MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).addParameter(self, "source");
        for (Property property : type.properties()) {
            TypeName javaType = names.typeName(property.type());
            spec.addField(javaType, property.fieldName(), Modifier.PRIVATE);
            copy.addStatement("this.$N = source.$N", property.fieldName(), property.fieldName());
            MethodSpec.Builder setter = MethodSpec.methodBuilder(property.fieldName())
                    .addJavadoc("$L", propertyDoc(property))
                    .addModifiers(Modifier.PUBLIC)
                    .returns(builder)
                    .addParameter(javaType, property.fieldName())
                    .addStatement("this.$N = $N", property.fieldName(), property.fieldName())
                    .addStatement("return this");
            deprecate(setter, property);
            spec.addMethod(setter.build());
            if (property.type() instanceof TypeRef.ListOf list && !(names.typeName(list.items()) instanceof ParameterizedTypeName)) {
                MethodSpec.Builder varargs = MethodSpec.methodBuilder(property.fieldName())
                        .addJavadoc("Sets $L to these items.\n\n@see #$N($T)\n", Javadocs.code(property.wireName()), property.fieldName(), javaType)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(builder)
                        .addParameter(ArrayTypeName.of(names.typeName(list.items())), property.fieldName())
                        .varargs(true)
                        .addStatement("this.$N = $T.of($N)", property.fieldName(), TypeNames.LIST, property.fieldName())
                        .addStatement("return this");
                deprecate(varargs, property);
                spec.addMethod(varargs.build());
            }
        }
        if (json) {
            spec.addField(FieldSpec.builder(additionalType(), GeneratedNames.ADDITIONAL_PROPERTIES, Modifier.PRIVATE, Modifier.FINAL)
                    .initializer("new $T<>()", LinkedHashMap.class)
                    .build());
            copy.addStatement("this.$N.putAll(source.$N)", GeneratedNames.ADDITIONAL_PROPERTIES, GeneratedNames.ADDITIONAL_PROPERTIES);
            spec.addMethod(MethodSpec.methodBuilder(GeneratedNames.ADDITIONAL_PROPERTY)
                    .addJavadoc("Sets a member the model does not know; it is written as it is.\n")
                    .addModifiers(Modifier.PUBLIC)
                    .returns(builder)
                    .addParameter(String.class, "name")
                    .addParameter(TypeNames.JSON_NODE, "value")
                    .addStatement("this.$N.put($T.requireNonNull(name, $S),$W$T.requireNonNull(value, $S))",
                            GeneratedNames.ADDITIONAL_PROPERTIES, Objects.class, "name", Objects.class, "value")
                    .addStatement("return this")
                    .build());
        }
        spec.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
        spec.addMethod(copy.build());
        spec.addMethod(MethodSpec.methodBuilder(GeneratedNames.BUILD)
                .addJavadoc("An immutable $T with the values set so far.\n", self)
                .addModifiers(Modifier.PUBLIC)
                .returns(self)
                .addStatement("return new $T(this)", self)
                .build());
        return spec.build();
    }

}
