package com.example.pets;

import dev.ackgen.runtime.validation.Checks;
import dev.ackgen.runtime.validation.ValidationException;
import dev.ackgen.runtime.validation.Violation;
import dev.ackgen.runtime.validation.Violations;
import java.util.List;
import java.util.Objects;
import javax.annotation.processing.Generated;

/**
 * Checks a {@link ListPetsRequest} against its spec: every constraint, every cross-field rule, all
 * violations at once, each with the JSON pointer of the value. No reflection.
 */
@Generated("dev.ackgen.generator")
public final class ListPetsRequestValidator {
    private ListPetsRequestValidator() {
    }

    /**
     * {@return every violation in the value, in the order they were checked; empty when it is
     * valid}
     *
     * @param value the value
     */
    public static List<Violation> validate(ListPetsRequest value) {
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
    public static ListPetsRequest requireValid(ListPetsRequest value) {
        List<Violation> found = validate(value);
        if (!found.isEmpty()) {
            throw new ValidationException("ListPetsRequest", found);
        }
        return value;
    }

    static void validate(ListPetsRequest value, Violations violations) {
        if (value.getPageSize() != null) {
            if (value.getPageSize().longValue() < 1L) {
                violations.add("/page_size", "minimum", "must be at least 1; got "
                        + Checks.quote(value.getPageSize()));
            }
            if (value.getPageSize().longValue() > 100L) {
                violations.add("/page_size", "maximum", "must be at most 100; got "
                        + Checks.quote(value.getPageSize()));
            }
        }
    }
}
