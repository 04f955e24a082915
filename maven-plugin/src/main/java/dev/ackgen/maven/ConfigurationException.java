package dev.ackgen.maven;

/** The plugin's configuration cannot work: the message says what to change. */
public final class ConfigurationException extends Exception {
    private static final long serialVersionUID = 1L;

    public ConfigurationException(String message) {
        super(message);
    }
}
