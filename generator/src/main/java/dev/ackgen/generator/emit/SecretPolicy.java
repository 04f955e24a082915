package dev.ackgen.generator.emit;

import dev.ackgen.generator.model.JavaName;
import dev.ackgen.generator.model.ObjectType;
import dev.ackgen.generator.model.Property;
import dev.ackgen.generator.model.TypeRef;
import java.util.HashSet;
import java.util.Set;

/**
 * What counts as a secret, for every emitter that hides one: a model's {@code toString} and
 * javadoc, a validator's messages, and the client's {@code secret(...)} calls and secret walkers,
 * which tell the runtime what to blank out of an error that echoes the request.
 */
public final class SecretPolicy {
    /** The object types that hold a secret, however deep: those need a secret walker. */
    private final Set<JavaName> holding;

    SecretPolicy(TypeIndex types) {
        this.holding = holdingSecrets(types);
    }

    /** Whether a property's value is never shown: not by {@code toString}, an example, or a violation message. */
    public boolean isSecret(Property property) {
        return property.secret();
    }

    /** Whether the property is itself a secret string, handed to the call as it is. */
    public boolean isSecretString(Property property) {
        return property.secret() && property.type() instanceof TypeRef.Scalar scalar && scalar.kind() == TypeRef.Scalar.Kind.STRING;
    }

    /** Whether the property's value holds a secret string: itself (or its items) when secret, or an object that does. */
    public boolean reachesSecret(Property property) {
        return reachesSecret(property.type(), property.secret(), holding);
    }

    /** The object types with a secret member, or a member that holds such a type, to any depth (cycles included). */
    private static Set<JavaName> holdingSecrets(TypeIndex types) {
        Set<JavaName> holding = new HashSet<>();
        boolean changed = true;
        while (changed) {
            changed = false;
            for (ObjectType type : types.objects()) {
                if (!holding.contains(type.name())
                        && type.properties().stream().anyMatch(p -> reachesSecret(p.type(), p.secret(), holding))) {
                    holding.add(type.name());
                    changed = true;
                }
            }
        }
        return Set.copyOf(holding);
    }

    private static boolean reachesSecret(TypeRef type, boolean secret, Set<JavaName> holding) {
        TypeRef inner = type.innermost();
        return secret && inner instanceof TypeRef.Scalar scalar && scalar.kind() == TypeRef.Scalar.Kind.STRING
                || inner instanceof TypeRef.Named named && !named.isEnum() && holding.contains(named.name());
    }
}
