package dev.ackgen.generator.openapi;

import dev.ackgen.generator.model.JavaName;
import dev.ackgen.generator.model.ModelType;
import dev.ackgen.generator.naming.GeneratedNames;
import dev.ackgen.generator.naming.JavaNames;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The class an object's members and inline types are named in: its member names (kept clear of
 * the members every generated model has), the names of its nested classes (kept clear of the
 * enclosing classes, which Java forbids), and the nested types themselves, collected as they are met.
 */
final class Scope {
    final JavaName owner;
    final Set<String> members = new HashSet<>(GeneratedNames.MODEL_MEMBERS);
    final List<ModelType> nested = new ArrayList<>();
    private final Set<String> nestedNames = new HashSet<>();

    Scope(JavaName owner) {
        this.owner = owner;
        for (String enclosing : owner.simpleNames()) {
            nestedNames.add(enclosing.toLowerCase(Locale.ROOT));
        }
    }

    /** A member name not yet taken in this class. */
    String uniqueMember(String name) {
        return JavaNames.unique(name, members, false);
    }

    /** The name of a new nested class: the candidate, numbered if a sibling or an enclosing class has it. */
    JavaName nestedName(String candidate) {
        return owner.nested(JavaNames.unique(candidate, nestedNames, true));
    }
}
