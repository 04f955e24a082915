package dev.ackgen.runtime.credentials;

/** A credentials provider has no credentials to give. The message says where it looked. */
public final class CredentialsUnavailableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public CredentialsUnavailableException(String message) {
        super(message);
    }
}
