package dev.ackgen.generator.customize;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.TypeSpec;
import dev.ackgen.generator.emit.EmitHooks;
import dev.ackgen.generator.model.ClientGroup;
import dev.ackgen.generator.model.EnumType;
import dev.ackgen.generator.model.ObjectType;
import dev.ackgen.generator.model.TypeRef;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * The annotations and interfaces the customisations add to generated models, enums and clients,
 * as an emitter hook that runs before the extensions'. Model annotations also go on a model's
 * {@code Builder} and JSON codec classes: tools that skip generated code (JaCoCo skips classes
 * annotated with a {@code *Generated} annotation) look at each class file, nested ones too.
 * A model or enum made {@link java.io.Serializable} gets a {@code serialVersionUID}, as
 * {@code -Xlint:serial} asks; an interface that extends it is not looked into, so list
 * {@code java.io.Serializable} too when using one.
 */
public final class AddedTypes implements EmitHooks {
    private static final ClassName SERIALIZABLE = ClassName.get(java.io.Serializable.class);

    private final List<ClassName> modelAnnotations;
    private final List<ClassName> enumAnnotations;
    private final List<ClassName> clientAnnotations;
    private final List<ClassName> modelInterfaces;
    private final List<ClassName> enumInterfaces;
    private final List<ClassName> clientInterfaces;

    public AddedTypes(Customizations customizations) {
        modelAnnotations = classNames(customizations, CustomizationOption.ADDITIONAL_MODEL_ANNOTATIONS);
        enumAnnotations = classNames(customizations, CustomizationOption.ADDITIONAL_ENUM_ANNOTATIONS);
        clientAnnotations = classNames(customizations, CustomizationOption.ADDITIONAL_CLIENT_ANNOTATIONS);
        modelInterfaces = classNames(customizations, CustomizationOption.ADDITIONAL_MODEL_INTERFACES);
        enumInterfaces = classNames(customizations, CustomizationOption.ADDITIONAL_ENUM_INTERFACES);
        clientInterfaces = classNames(customizations, CustomizationOption.ADDITIONAL_CLIENT_INTERFACES);
    }

    /** Whether there is nothing to add. */
    public boolean isEmpty() {
        return modelAnnotations.isEmpty() && enumAnnotations.isEmpty() && clientAnnotations.isEmpty()
                && modelInterfaces.isEmpty() && enumInterfaces.isEmpty() && clientInterfaces.isEmpty();
    }

    @Override
    public void model(ObjectType type, TypeSpec.Builder builder) {
        annotate(builder, modelAnnotations);
        builder.addSuperinterfaces(modelInterfaces);
        if (modelInterfaces.contains(SERIALIZABLE)) {
            builder.addField(serialVersionUid());
        }
    }

    /**
     * A serializable model's lists, maps, JSON trees and mapped classes are declared with types
     * javac cannot prove serializable ({@code List}, {@code JsonNode}), though what the model holds
     * is: unmodifiable copies of {@code ArrayList} and {@code LinkedHashMap}, Jackson's node
     * classes. A mapped class is the user's to make serializable.
     */
    @Override
    public List<String> suppressedWarnings(ObjectType type) {
        if (!modelInterfaces.contains(SERIALIZABLE)) {
            return List.of();
        }
        boolean provable = !type.hasBodyProperties() && type.properties().stream()
                .allMatch(property -> property.type() instanceof TypeRef.Scalar
                        || property.type() instanceof TypeRef.Named
                        || property.type() instanceof TypeRef.Mapped mapped && mapped.qualifiedName().startsWith("java."));
        return provable ? List.of() : List.of("serial");
    }

    @Override
    public TypeSpec modelPart(ObjectType type, TypeSpec part) {
        if (modelAnnotations.isEmpty()) {
            return part;
        }
        TypeSpec.Builder annotated = part.toBuilder();
        annotate(annotated, modelAnnotations);
        return annotated.build();
    }

    @Override
    public void enumType(EnumType type, TypeSpec.Builder builder) {
        annotate(builder, enumAnnotations);
        builder.addSuperinterfaces(enumInterfaces);
        if (enumInterfaces.contains(SERIALIZABLE)) {
            builder.addField(serialVersionUid());
        }
    }

    @Override
    public void clientInterface(ClientGroup client, TypeSpec.Builder builder) {
        annotate(builder, clientAnnotations);
        builder.addSuperinterfaces(clientInterfaces);
    }

    @Override
    public void clientImplementation(ClientGroup client, TypeSpec.Builder builder) {
        annotate(builder, clientAnnotations);
    }

    private static FieldSpec serialVersionUid() {
        return FieldSpec.builder(long.class, "serialVersionUID", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .initializer("1L")
                .build();
    }

    private static void annotate(TypeSpec.Builder builder, List<ClassName> annotations) {
        for (ClassName annotation : annotations) {
            builder.addAnnotation(AnnotationSpec.builder(annotation).build());
        }
    }

    private static List<ClassName> classNames(Customizations customizations, CustomizationOption option) {
        return customizations.typeNames(option).stream().map(ClassName::bestGuess).toList();
    }
}
