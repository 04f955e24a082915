package com.example.pets;

import dev.ackgen.runtime.validation.Checks;
import dev.ackgen.runtime.validation.ValidationException;
import dev.ackgen.runtime.validation.Violation;
import dev.ackgen.runtime.validation.Violations;
import java.util.List;
import java.util.Objects;
import javax.annotation.processing.Generated;

/**
 * Checks a {@link Money} against its spec: every constraint, every cross-field rule, all
 * violations at once, each with the JSON pointer of the value. No reflection.
 */
@Generated("dev.ackgen.generator")
public final class MoneyValidator {
    private MoneyValidator() {
    }

    /**
     * {@return every violation in the value, in the order they were checked; empty when it is
     * valid}
     *
     * @param value the value
     */
    public static List<Violation> validate(Money value) {
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
    public static Money requireValid(Money value) {
        List<Violation> found = validate(value);
        if (!found.isEmpty()) {
            throw new ValidationException("Money", found);
        }
        return value;
    }

    static void validate(Money value, Violations violations) {
        if (Checks.isPartlySet(value.getAmount(), value.getCurrency())) {
            violations.add("/amount", "allOrNone", "set all of amount, currency, or none of them");
        }
    }
}
