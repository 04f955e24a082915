package dev.ackgen.runtime.validation;

import java.util.List;

/**
 * Thrown when a request breaks its operation's constraints. It carries every violation, not just
 * the first, so a caller can fix them all at once.
 */
public final class ValidationException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Not serialised with the exception: a violation list is a value of this JVM's run. */
    private final transient List<Violation> violations;

    public ValidationException(String subject, List<Violation> violations) {
        super(describe(subject, violations));
        this.violations = List.copyOf(violations);
    }

    /** Every violation found, in the order the validator checked them. */
    public List<Violation> violations() {
        return violations;
    }

    private static String describe(String subject, List<Violation> violations) {
        StringBuilder text = new StringBuilder(subject)
                .append(" is invalid (")
                .append(violations.size())
                .append(violations.size() == 1 ? " violation)" : " violations)");
        for (Violation violation : violations) {
            text.append("\n  ").append(violation);
        }
        return text.toString();
    }
}
