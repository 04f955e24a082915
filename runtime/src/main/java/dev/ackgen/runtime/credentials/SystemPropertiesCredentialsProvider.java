package dev.ackgen.runtime.credentials;

import dev.ackgen.runtime.signing.Credentials;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * Credentials from Java system properties, first in credentials-java's default chain: {@code
 * alibabacloud.accessKeyId}, {@code alibabacloud.accessKeySecret} (or, as that library also
 * reads it and prefers it, {@code alibabacloud.accessKeyIdSecret}) and, for STS credentials,
 * {@code alibabacloud.sessionToken}. Read on every call; messages name properties, never values.
 */
public final class SystemPropertiesCredentialsProvider implements CredentialsProvider {
    public static final String ACCESS_KEY_ID = "alibabacloud.accessKeyId";
    public static final String ACCESS_KEY_SECRET = "alibabacloud.accessKeySecret";
    /** credentials-java's older spelling of the secret property; wins when both are set, as there. */
    public static final String ACCESS_KEY_ID_SECRET = "alibabacloud.accessKeyIdSecret";
    public static final String SESSION_TOKEN = "alibabacloud.sessionToken";

    private final UnaryOperator<String> properties;

    /** @param properties looks a property up by name, null when unset ({@code System::getProperty}) */
    public SystemPropertiesCredentialsProvider(UnaryOperator<String> properties) {
        this.properties = Objects.requireNonNull(properties, "properties");
    }

    @Override
    public Credentials credentials() {
        String id = value(ACCESS_KEY_ID);
        String secret = value(ACCESS_KEY_ID_SECRET) != null ? value(ACCESS_KEY_ID_SECRET) : value(ACCESS_KEY_SECRET);
        if (id == null) {
            throw new CredentialsUnavailableException("system property " + ACCESS_KEY_ID + " is not set");
        }
        if (secret == null) {
            throw new CredentialsUnavailableException("system property " + ACCESS_KEY_SECRET + " is not set");
        }
        return Credentials.of(id, secret, value(SESSION_TOKEN));
    }

    private String value(String name) {
        String v = properties.apply(name);
        return v == null || v.isBlank() ? null : v.trim();
    }

    @Override
    public String toString() {
        return "SystemPropertiesCredentialsProvider[" + ACCESS_KEY_ID + ", " + ACCESS_KEY_SECRET + ", " + SESSION_TOKEN + "]";
    }
}
