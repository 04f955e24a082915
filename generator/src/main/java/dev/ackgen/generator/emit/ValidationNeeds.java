package dev.ackgen.generator.emit;

import dev.ackgen.generator.model.Constraints;
import dev.ackgen.generator.model.JavaName;
import dev.ackgen.generator.model.ObjectType;
import dev.ackgen.generator.model.Property;
import dev.ackgen.generator.model.TypeRef;
import java.util.HashMap;
import java.util.Map;

/**
 * Which types have anything to check: which get a validator, and which checks a validator hands
 * on to a nested type's method or another type's validator. One per run, its answers remembered;
 * a type in a cycle adds nothing to check while it is being decided.
 */
public final class ValidationNeeds {
    private final TypeIndex types;
    private final Map<JavaName, Boolean> needsValidation = new HashMap<>();

    ValidationNeeds(EmitContext context) {
        this.types = context.types();
    }

    /** Whether a type has anything to check, itself or in what it holds. */
    public boolean needsValidation(ObjectType type) {
        Boolean known = needsValidation.get(type.name());
        if (known != null) {
            return known;
        }
        needsValidation.put(type.name(), false); // a cycle adds nothing to check
        boolean needs = !type.rules().isEmpty();
        for (Property property : type.properties()) {
            needs |= property.required() || needsValidation(property.type(), property.constraints());
        }
        needsValidation.put(type.name(), needs);
        return needs;
    }

    /** Whether a value of this type, with these constraints, has anything to check. */
    boolean needsValidation(TypeRef type, Constraints constraints) {
        if (constraints != null && !constraints.isEmpty()) {
            return true;
        }
        // A list or map needs checking when the class it holds, however deep, does.
        return type.namedType().map(named -> named.isEnum() || needsValidation(types.object(named.name()))).orElse(false);
    }
}
