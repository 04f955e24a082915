package dev.ackgen.runtime.credentials;

import dev.ackgen.runtime.signing.Credentials;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * Credentials from environment variables, read on every call so a changed environment (as in
 * tests with a custom lookup) is seen. Error messages name the missing variables, never a value.
 */
public final class EnvironmentCredentialsProvider implements CredentialsProvider {
    /** The AccessKey ID variable. */
    public static final String ACCESS_KEY_ID = "ALIBABA_CLOUD_ACCESS_KEY_ID";
    /** The AccessKey secret variable. */
    public static final String ACCESS_KEY_SECRET = "ALIBABA_CLOUD_ACCESS_KEY_SECRET";
    /** The STS security token variable; sent as {@code x-acs-security-token}. */
    public static final String SECURITY_TOKEN = "ALIBABA_CLOUD_SECURITY_TOKEN";

    private final UnaryOperator<String> environment;

    /**
     * @param environment looks a variable up by name, null when unset ({@code System::getenv}, or
     *     a map's {@code get} in tests)
     */
    public EnvironmentCredentialsProvider(UnaryOperator<String> environment) {
        this.environment = Objects.requireNonNull(environment, "environment");
    }

    @Override
    public Credentials credentials() {
        String id = environment.apply(ACCESS_KEY_ID);
        String secret = environment.apply(ACCESS_KEY_SECRET);
        List<String> missing = new ArrayList<>();
        if (id == null || id.isBlank()) {
            missing.add(ACCESS_KEY_ID);
        }
        if (secret == null || secret.isBlank()) {
            missing.add(ACCESS_KEY_SECRET);
        }
        if (!missing.isEmpty()) {
            throw new CredentialsUnavailableException("environment variable" + (missing.size() > 1 ? "s " : " ")
                    + String.join(" and ", missing) + (missing.size() > 1 ? " are" : " is") + " not set");
        }
        return Credentials.of(id.trim(), secret.trim(), environment.apply(SECURITY_TOKEN));
    }

    /** Whether the environment has credentials, without building them. */
    public boolean isAvailable() {
        String id = environment.apply(ACCESS_KEY_ID);
        String secret = environment.apply(ACCESS_KEY_SECRET);
        return id != null && !id.isBlank() && secret != null && !secret.isBlank();
    }

    @Override
    public String toString() {
        return "EnvironmentCredentialsProvider[" + ACCESS_KEY_ID + ", " + ACCESS_KEY_SECRET + ", " + SECURITY_TOKEN + "]";
    }
}
