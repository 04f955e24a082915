package com.example.pets;

import dev.ackgen.runtime.validation.Checks;
import dev.ackgen.runtime.validation.ValidationException;
import dev.ackgen.runtime.validation.Violation;
import dev.ackgen.runtime.validation.Violations;
import java.util.List;
import java.util.Objects;
import javax.annotation.processing.Generated;

/**
 * Checks a {@link UpdatePetRequest} against its spec: every constraint, every cross-field rule, all
 * violations at once, each with the JSON pointer of the value. No reflection.
 */
@Generated("dev.ackgen.generator")
public final class UpdatePetRequestValidator {
    private UpdatePetRequestValidator() {
    }

    /**
     * {@return every violation in the value, in the order they were checked; empty when it is
     * valid}
     *
     * @param value the value
     */
    public static List<Violation> validate(UpdatePetRequest value) {
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
    public static UpdatePetRequest requireValid(UpdatePetRequest value) {
        List<Violation> found = validate(value);
        if (!found.isEmpty()) {
            throw new ValidationException("UpdatePetRequest", found);
        }
        return value;
    }

    static void validate(UpdatePetRequest value, Violations violations) {
        if (value.getPetId() == null) {
            violations.add("/pet_id", "required", "is required");
        } else {
            if (!Checks.isPathSegment(value.getPetId())) {
                violations.add("/pet_id", "pathSegment",
                        "must be one path segment: not empty, not . or .., and without /");
            }
        }
        if (value.getBody() == null) {
            violations.add("/body", "required", "is required");
        } else {
            violations.enter("/body");
            AnimalValidator.validate(value.getBody(), violations);
            violations.leave();
        }
    }
}
