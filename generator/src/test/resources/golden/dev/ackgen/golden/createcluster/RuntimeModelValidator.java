package dev.ackgen.golden.createcluster;

import dev.ackgen.runtime.validation.Checks;
import dev.ackgen.runtime.validation.ValidationException;
import dev.ackgen.runtime.validation.Violation;
import dev.ackgen.runtime.validation.Violations;
import java.util.List;
import java.util.Objects;
import javax.annotation.processing.Generated;

/**
 * Checks a {@link RuntimeModel} against its spec: every constraint, every cross-field rule, all
 * violations at once, each with the JSON pointer of the value. No reflection.
 */
@Generated("dev.ackgen.generator")
public final class RuntimeModelValidator {
    private RuntimeModelValidator() {
    }

    /**
     * {@return every violation in the value, in the order they were checked; empty when it is
     * valid}
     *
     * @param value the value
     */
    public static List<Violation> validate(RuntimeModel value) {
        Objects.requireNonNull(value, "value");
        Violations violations = new Violations();
        validate(value, violations);
        return violations.toList();
    }

    /**
     * {@return the value if it is valid}
     *
     * @throws ValidationException listing every violation if it is not
     * @param value the value
     */
    public static RuntimeModel requireValid(RuntimeModel value) {
        List<Violation> found = validate(value);
        if (!found.isEmpty()) {
            throw new ValidationException("RuntimeModel", found);
        }
        return value;
    }

    static void validate(RuntimeModel value, Violations violations) {
        if (value.getName() != null) {
            if (!value.getName().isKnown()) {
                violations.add("/name", "enum", "must be one of containerd, docker; got "
                        + Checks.quote(value.getName()));
            }
        }
    }
}
