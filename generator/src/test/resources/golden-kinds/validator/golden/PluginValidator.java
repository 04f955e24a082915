package dev.ackgen.golden.kinds.validator;

import dev.ackgen.runtime.validation.Checks;
import dev.ackgen.runtime.validation.ValidationException;
import dev.ackgen.runtime.validation.Violation;
import dev.ackgen.runtime.validation.Violations;
import java.util.List;
import java.util.Objects;
import javax.annotation.processing.Generated;

/**
 * Checks a {@link Plugin} against its spec: every constraint, every cross-field rule, all
 * violations at once, each with the JSON pointer of the value. No reflection.
 */
@Generated("dev.ackgen.generator")
public final class PluginValidator {
    private PluginValidator() {
    }

    /**
     * {@return every violation in the value, in the order they were checked; empty when it is
     * valid}
     *
     * @param value the value
     */
    public static List<Violation> validate(Plugin value) {
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
    public static Plugin requireValid(Plugin value) {
        List<Violation> found = validate(value);
        if (!found.isEmpty()) {
            throw new ValidationException("Plugin", found);
        }
        return value;
    }

    static void validate(Plugin value, Violations violations) {
        if (value.getName() == null) {
            violations.add("/name", "required", "is required");
        } else {
            if (Checks.length(value.getName()) < 1) {
                violations.add("/name", "minLength", "must be at least 1 character long");
            }
        }
        if (value.getConfig() != null) {
            if (Checks.length(value.getConfig()) > 1024) {
                violations.add("/config", "maxLength", "must be at most 1024 characters long");
            }
        }
    }
}
