package dev.ackgen.runtime.validation;

import java.util.Objects;

/**
 * One broken constraint in a request: where (a JSON Pointer into the request, such as
 * {@code /worker_data_disks/0/size}), which rule (such as {@code maximum} or {@code atLeastOneOf})
 * and a message a person can act on. Messages never contain the value of a secret field.
 */
public final class Violation {
    private final String path;
    private final String rule;
    private final String message;

    public Violation(String path, String rule, String message) {
        this.path = Objects.requireNonNull(path, "path");
        this.rule = Objects.requireNonNull(rule, "rule");
        this.message = Objects.requireNonNull(message, "message");
    }

    /** The JSON Pointer (RFC 6901) of the offending value; {@code ""} is the request itself. */
    public String path() {
        return path;
    }

    /** The name of the rule: an OpenAPI keyword or an {@code x-ackgen-rules} rule name. */
    public String rule() {
        return rule;
    }

    /** What is wrong and what would be right. */
    public String message() {
        return message;
    }

    @Override
    public boolean equals(Object other) {
        return this == other
                || (other instanceof Violation that
                        && path.equals(that.path)
                        && rule.equals(that.rule)
                        && message.equals(that.message));
    }

    @Override
    public int hashCode() {
        return Objects.hash(path, rule, message);
    }

    @Override
    public String toString() {
        return (path.isEmpty() ? "/" : path) + " [" + rule + "] " + message;
    }
}
