package dev.ackgen.generator.emit;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.ackgen.generator.model.EnumType;
import dev.ackgen.generator.model.ModelType;
import dev.ackgen.generator.model.ObjectType;
import dev.ackgen.generator.model.Property;
import dev.ackgen.generator.model.TypeRef;
import dev.ackgen.generator.naming.GeneratedNames;
import dev.ackgen.generator.naming.JavaNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.lang.model.element.Modifier;

/**
 * An object type as a final, immutable class with a builder: nullable accessors (absent is null
 * and is not sent), unmodifiable collections, members the model does not know kept and written
 * back, {@code equals}/{@code hashCode}, and a {@code toString} that never shows a secret. Its
 * builder comes from {@link BuilderGenerator}, its JSON codec from {@link JsonCodecGenerator}; nested
 * types are nested classes.
 */
final class ModelGenerator {
    private static final ClassName JSON_DESERIALIZE = ClassName.get("com.fasterxml.jackson.databind.annotation", "JsonDeserialize");

    private final TypeNames names;
    private final JsonReaderParts readers;
    private final EmitHooks hooks;
    private final DeprecationPolicy deprecation;
    private final SecretPolicy secrets;
    private final PropertyDocs docs;
    private final BuilderGenerator builders;
    private final JsonCodecGenerator codecs;
    private final EnumGenerator enums;

    /** Models hold their builder, JSON codec and nested enums: the generators of those make them. */
    ModelGenerator(EmitContext context, BuilderGenerator builders, JsonCodecGenerator codecs, EnumGenerator enums) {
        this.names = context.names();
        this.readers = context.readers();
        this.hooks = context.hooks();
        this.deprecation = context.deprecation();
        this.secrets = context.secrets();
        this.docs = new PropertyDocs(context.secrets());
        this.builders = builders;
        this.codecs = codecs;
        this.enums = enums;
    }

    /** The file of a top-level object or enum. */
    JavaFile createModel(ModelType type) {
        TypeSpec spec = type instanceof EnumType enumType
                ? enums.createEnum(enumType, true)
                : createObject((ObjectType) type, true);
        return JavaFiles.of(names.packageName(), spec);
    }

    private TypeSpec createObject(ObjectType type, boolean topLevel) {
        ClassName self = names.className(type.name());
        ClassName builder = self.nestedClass(GeneratedNames.BUILDER);
        boolean json = type.hasBodyProperties();

        TypeSpec.Builder spec = TypeSpec.classBuilder(self).addModifiers(Modifier.PUBLIC, Modifier.FINAL);
        spec.addJavadoc("$L", Javadocs.of(type.description()));
        List<String> suppressed = new ArrayList<>();
        if (topLevel) {
            spec.addAnnotation(TypeNames.generated());
            if (deprecation.referencesOtherDeprecated(type)) {
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
            // Writing: JsonWritable's own @JsonSerialize; reading: the package's reader class of this model.
            spec.addSuperinterface(RuntimeTypes.JSON_WRITABLE);
            spec.addAnnotation(AnnotationSpec.builder(JSON_DESERIALIZE)
                    .addMember("using", "$T.class", readers.readersOf(type.name()))
                    .build());
        }

        MethodSpec.Builder constructor = MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).addParameter(builder, "builder");
        boolean large = Splitting.isSplit(type.properties());
        for (Property property : type.properties()) {
            TypeName javaType = names.typeName(property.type());
            // Documented: a serializable model's fields are its serialized form, which javadoc -Xdoclint:all checks.
            spec.addField(FieldSpec.builder(javaType, property.fieldName(), Modifier.PRIVATE, Modifier.FINAL)
                    .addJavadoc("The value of $L.\n", Javadocs.code(property.wireName())).build());
            if (property.isCollection()) {
                // An unmodifiable copy: the builder's list or map may change after build().
                constructor.addStatement("this.$N = $T.copyOf(builder.$N)", property.fieldName(), RuntimeTypes.MODEL_FIELDS, property.fieldName());
            } else {
                constructor.addStatement("this.$N = builder.$N", property.fieldName(), property.fieldName());
            }
            spec.addMethod(getter(property, javaType));
            if (property.isCollection()) {
                spec.addMethod(presence(property));
            }
        }
        if (json) {
            spec.addField(FieldSpec.builder(TypeNames.additionalProperties(), GeneratedNames.ADDITIONAL_PROPERTIES, Modifier.PRIVATE, Modifier.FINAL)
                    .addJavadoc("The members of the JSON object that the model does not know.\n").build());
            // Mostly empty: one shared empty map, not a copy and a wrapper per object read.
            constructor.addStatement("this.$N = $T.copyOfMembers(builder.$N)",
                    GeneratedNames.ADDITIONAL_PROPERTIES, RuntimeTypes.MODEL_FIELDS, GeneratedNames.ADDITIONAL_PROPERTIES);
            spec.addMethod(MethodSpec.methodBuilder(JavaNames.getterName(GeneratedNames.ADDITIONAL_PROPERTIES))
                    .addJavadoc("Members of the JSON object that this version of the model does not know, kept so\n"
                            + "that nothing is lost on a round trip. Never null.\n")
                    .addModifiers(Modifier.PUBLIC)
                    .returns(TypeNames.additionalProperties())
                    .addStatement("return $N", GeneratedNames.ADDITIONAL_PROPERTIES)
                    .build());
        }
        spec.addMethod(constructor.build());
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
        spec.addType(hooks.modelPart(type, builders.createBuilder(type, self, json)));
        if (json) {
            codecs.addCodec(spec, type, self);
        }
        for (ModelType nested : type.nested()) {
            spec.addType(nested instanceof EnumType enumType
                    ? enums.createEnum(enumType, false)
                    : createObject((ObjectType) nested, false));
        }
        hooks.model(type, spec);
        return spec.build();
    }

    private MethodSpec getter(Property property, TypeName javaType) {
        MethodSpec.Builder getter = MethodSpec.methodBuilder(property.getterName())
                .addModifiers(Modifier.PUBLIC)
                .returns(javaType)
                .addJavadoc("$L", docs.propertyDoc(property));
        if (property.isCollection()) {
            // Absent reads as empty, so callers can loop without a null check; hasX() tells the two apart.
            getter.addStatement("return $T.orEmpty($N)", RuntimeTypes.MODEL_FIELDS, property.fieldName());
        } else {
            getter.addStatement("return $N", property.fieldName());
        }
        PropertyDocs.deprecate(getter, property);
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
        PropertyDocs.deprecate(presence, property);
        return presence.build();
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
    private MethodSpec toStringMethod(ObjectType type, ClassName self, boolean json) {
        MethodSpec.Builder method = MethodSpec.methodBuilder("toString")
                .addJavadoc("The values that are set, by wire name; secrets as {@code ***}.\n")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(String.class)
                .addStatement("$T text = new $T($S)", RuntimeTypes.MODEL_TEXT, RuntimeTypes.MODEL_TEXT, self.simpleName());
        addSetValues(method, type.properties());
        return finishToString(method, json).build();
    }

    /** Adds each property of these to the {@code ModelText} {@code text}, which leaves out those that are not set. */
    private void addSetValues(MethodSpec.Builder method, List<Property> properties) {
        for (Property property : properties) {
            // this.: a property may be called text, like the local
            method.addStatement("text.$N($L, this.$N)", secrets.isSecret(property) ? "addSecret" : "add",
                    Literals.string(property.wireName()), property.fieldName());
        }
    }

    private static MethodSpec.Builder finishToString(MethodSpec.Builder method, boolean json) {
        if (json) {
            method.addStatement("text.addUnknown(this.$N)", GeneratedNames.ADDITIONAL_PROPERTIES);
        }
        return method.addStatement("return text.toString()");
    }

    /**
     * {@code equals}, {@code hashCode} and {@code toString} of a model of more than {@link
     * Splitting#PROPERTIES_PER_METHOD} properties: each combines private parts of that many properties.
     */
    private void largeEqualsHashCodeToString(TypeSpec.Builder spec, ObjectType type, ClassName self, boolean json) {
        List<List<Property>> parts = Splitting.parts(type.properties());
        CodeBlock.Builder equalParts = CodeBlock.builder();
        List<String> hashParts = new ArrayList<>();
        MethodSpec.Builder toString = MethodSpec.methodBuilder("toString")
                .addJavadoc("The values that are set, by wire name; secrets as {@code ***}.\n")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(String.class)
                .addStatement("$T text = new $T($S)", RuntimeTypes.MODEL_TEXT, RuntimeTypes.MODEL_TEXT, self.simpleName());
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
            String range = "properties " + Splitting.first(i) + " to " + Splitting.last(i, parts.get(i).size());
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
                    .addParameter(RuntimeTypes.MODEL_TEXT, "text");
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
}
