package dev.ackgen.generator;

/**
 * The options of a run cannot work (an operationId the spec does not have, an extension that is
 * not there): the message names the option and what to change. Entry points report it in their
 * own terms (a Maven parameter, an annotation attribute).
 */
public final class InvalidOptionsException extends Exception {
    private static final long serialVersionUID = 1L;

    public InvalidOptionsException(String message) {
        super(message);
    }
}
