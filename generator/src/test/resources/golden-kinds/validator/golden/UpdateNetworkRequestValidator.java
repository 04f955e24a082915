package dev.ackgen.golden.kinds.validator;

import dev.ackgen.runtime.validation.Checks;
import dev.ackgen.runtime.validation.TextPattern;
import dev.ackgen.runtime.validation.ValidationException;
import dev.ackgen.runtime.validation.Violation;
import dev.ackgen.runtime.validation.Violations;
import java.util.List;
import java.util.Objects;
import javax.annotation.processing.Generated;

/**
 * Checks a {@link UpdateNetworkRequest} against its spec: every constraint, every cross-field rule,
 * all violations at once, each with the JSON pointer of the value. No reflection.
 */
@Generated("dev.ackgen.generator")
public final class UpdateNetworkRequestValidator {
    private static final TextPattern NETWORK_ID_PATTERN = TextPattern.compile("^n-[a-z0-9]+$");

    private UpdateNetworkRequestValidator() {
    }

    /**
     * {@return every violation in the value, in the order they were checked; empty when it is
     * valid}
     *
     * @param value the value
     */
    public static List<Violation> validate(UpdateNetworkRequest value) {
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
    public static UpdateNetworkRequest requireValid(UpdateNetworkRequest value) {
        List<Violation> found = validate(value);
        if (!found.isEmpty()) {
            throw new ValidationException("UpdateNetworkRequest", found);
        }
        return value;
    }

    static void validate(UpdateNetworkRequest value, Violations violations) {
        if (value.getNetworkId() == null) {
            violations.add("/NetworkId", "required", "is required");
        } else {
            if (!Checks.isPathSegment(value.getNetworkId())) {
                violations.add("/NetworkId", "pathSegment",
                        "must be one path segment: not empty, not . or .., and without /");
            }
            if (Checks.length(value.getNetworkId()) < 3) {
                violations.add("/NetworkId", "minLength", "must be at least 3 characters long");
            }
            if (!NETWORK_ID_PATTERN.find(value.getNetworkId())) {
                violations.add("/NetworkId", "pattern", "must match the pattern ^n-[a-z0-9]+$; got "
                        + Checks.quote(value.getNetworkId()));
            }
        }
        if (value.getBody() == null) {
            violations.add("/body", "required", "is required");
        } else {
            violations.enter("/body");
            NetworkValidator.validate(value.getBody(), violations);
            violations.leave();
        }
    }
}
