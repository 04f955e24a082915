package dev.ackgen.generator.emit;

import com.palantir.javapoet.AnnotationSpec;
import dev.ackgen.generator.model.ClientGroup;
import dev.ackgen.generator.model.JavaName;
import dev.ackgen.generator.model.ModelType;
import dev.ackgen.generator.model.ObjectType;
import dev.ackgen.generator.model.Operation;
import dev.ackgen.generator.model.Property;
import dev.ackgen.generator.model.TypeRef;

/**
 * The one answer to "is this deprecated?" that every emitter asks. Generated code is compiled with
 * {@code -Werror}: code that names a deprecated class or member from outside it needs
 * {@code @SuppressWarnings("deprecation")}, and code that names none should not carry it.
 *
 * <p>A generated class counts as deprecated when the spec marks its schema deprecated or the
 * top-level class it is nested in: javac warns on {@code Outer.Inner} when {@code Outer} is.
 */
public final class DeprecationPolicy {
    private final TypeIndex types;

    DeprecationPolicy(TypeIndex types) {
        this.types = types;
    }

    /** Whether naming this generated class outside it makes javac warn. */
    public boolean isDeprecated(JavaName name) {
        return deprecatedItself(name) || deprecatedItself(JavaName.topLevel(name.topLevelName()));
    }

    private boolean deprecatedItself(JavaName name) {
        ModelType type = types.type(name);
        return type != null && type.deprecated();
    }

    /** Whether code that holds a value of this type names a deprecated class; false for no type. */
    public boolean namesDeprecated(TypeRef type) {
        return type != null && type.namedType().map(named -> isDeprecated(named.name())).orElse(false);
    }

    /** Whether code reading this property names something deprecated: the property or its class. */
    public boolean usesDeprecated(Property property) {
        return property.deprecated() || namesDeprecated(property.type());
    }

    /**
     * Whether a model class, or a class nested in it, names a deprecated class of another top-level
     * class: within its own top-level class javac does not warn.
     */
    public boolean referencesOtherDeprecated(ObjectType type) {
        String self = type.name().topLevelName();
        for (Property property : type.properties()) {
            boolean other = property.type().namedType().filter(named -> !named.name().topLevelName().equals(self)).isPresent();
            if (other && namesDeprecated(property.type())) {
                return true;
            }
        }
        for (ModelType nested : type.nested()) {
            if (nested instanceof ObjectType object && referencesOtherDeprecated(object)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a client's signatures name a deprecated request or response class. */
    public boolean usesDeprecated(ClientGroup group) {
        for (ClientGroup.ClientMethod method : group.methods()) {
            Operation operation = method.operation();
            if (isDeprecated(operation.request().name()) || namesDeprecated(operation.response())) {
                return true;
            }
        }
        return false;
    }

    /** {@code @SuppressWarnings("deprecation")}. */
    public static AnnotationSpec suppression() {
        return AnnotationSpec.builder(SuppressWarnings.class).addMember("value", "$S", "deprecation").build();
    }
}
