package dev.ackgen.generator.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.ackgen.generator.model.JavaName;
import dev.ackgen.generator.model.TypeRef;
import java.util.List;
import java.util.Map;

/** Java types for IR types, in one target package. */
public final class TypeNames {
    static final ClassName GENERATED = ClassName.get("javax.annotation.processing", "Generated");
    static final ClassName JSON_NODE = ClassName.get("com.fasterxml.jackson.databind", "JsonNode");
    static final ClassName LIST = ClassName.get(List.class);
    static final ClassName MAP = ClassName.get(Map.class);

    private final String packageName;

    /** @param packageName the target package */
    public TypeNames(String packageName) {
        this.packageName = packageName;
    }

    String packageName() {
        return packageName;
    }

    /** A class generated once for the package ({@code GeneratedNames.PACKAGE_CLASSES}). */
    ClassName packageClass(String simpleName) {
        return ClassName.get(packageName, simpleName);
    }

    /** The class of a generated type. */
    public ClassName className(JavaName name) {
        List<String> names = name.simpleNames();
        return ClassName.get(packageName, names.get(0), names.subList(1, names.size()).toArray(new String[0]));
    }

    /** The boxed Java type of a value: properties are nullable, absent means null. */
    public TypeName typeName(TypeRef type) {
        if (type instanceof TypeRef.Scalar scalar) {
            return switch (scalar.kind()) {
                case STRING -> ClassName.get(String.class);
                case BOOLEAN -> ClassName.get(Boolean.class);
                case INT32 -> ClassName.get(Integer.class);
                case INT64 -> ClassName.get(Long.class);
                case FLOAT -> ClassName.get(Float.class);
                case DOUBLE -> ClassName.get(Double.class);
            };
        }
        if (type instanceof TypeRef.ListOf list) {
            return ParameterizedTypeName.get(LIST, typeName(list.items()));
        }
        if (type instanceof TypeRef.MapOf map) {
            return ParameterizedTypeName.get(MAP, ClassName.get(String.class), typeName(map.values()));
        }
        if (type instanceof TypeRef.Named named) {
            return className(named.name());
        }
        if (type instanceof TypeRef.Mapped mapped) {
            return MappedTypes.className(mapped);
        }
        return JSON_NODE;
    }

    /** {@code Map<String, JsonNode>}: the members of a JSON object that its model does not know. */
    static TypeName additionalProperties() {
        return ParameterizedTypeName.get(MAP, ClassName.get(String.class), JSON_NODE);
    }

    /** {@code @Generated("dev.ackgen.generator")}: no date, so output is the same run after run. */
    static com.palantir.javapoet.AnnotationSpec generated() {
        return com.palantir.javapoet.AnnotationSpec.builder(GENERATED).addMember("value", "$S", "dev.ackgen.generator").build();
    }
}
