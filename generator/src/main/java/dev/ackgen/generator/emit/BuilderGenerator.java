package dev.ackgen.generator.emit;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.ackgen.generator.model.ObjectType;
import dev.ackgen.generator.model.Property;
import dev.ackgen.generator.model.TypeRef;
import dev.ackgen.generator.naming.GeneratedNames;
import java.util.LinkedHashMap;
import java.util.Objects;
import javax.lang.model.element.Modifier;

/**
 * A model's nested {@code Builder}: a setter per property (and a varargs one per list of plain
 * items), members the model does not know, a copy constructor for {@code toBuilder()}, and
 * {@code build()}, which the model's private constructor freezes.
 */
final class BuilderGenerator {
    private final TypeNames names;
    private final PropertyDocs docs;

    BuilderGenerator(EmitContext context) {
        this.names = context.names();
        this.docs = new PropertyDocs(context.secrets());
    }

    /** The nested {@code Builder} of the model class {@code self}. */
    TypeSpec createBuilder(ObjectType type, ClassName self, boolean json) {
        ClassName builder = self.nestedClass(GeneratedNames.BUILDER);
        TypeSpec.Builder spec = TypeSpec.classBuilder(builder)
                .addJavadoc("Builds a {@link $T}. Not thread-safe; {@link #build()} may be called more than once.\n", self)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL);
        MethodSpec.Builder copy = MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).addParameter(self, "source");
        for (Property property : type.properties()) {
            TypeName javaType = names.typeName(property.type());
            spec.addField(javaType, property.fieldName(), Modifier.PRIVATE);
            copy.addStatement("this.$N = source.$N", property.fieldName(), property.fieldName());
            MethodSpec.Builder setter = MethodSpec.methodBuilder(property.fieldName())
                    .addJavadoc("$L", docs.propertyDoc(property))
                    .addModifiers(Modifier.PUBLIC)
                    .returns(builder)
                    .addParameter(javaType, property.fieldName())
                    .addStatement("this.$N = $N", property.fieldName(), property.fieldName())
                    .addStatement("return this");
            PropertyDocs.deprecate(setter, property);
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
                PropertyDocs.deprecate(varargs, property);
                spec.addMethod(varargs.build());
            }
        }
        if (json) {
            spec.addField(FieldSpec.builder(TypeNames.additionalProperties(), GeneratedNames.ADDITIONAL_PROPERTIES, Modifier.PRIVATE, Modifier.FINAL)
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
