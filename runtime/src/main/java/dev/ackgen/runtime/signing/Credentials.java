package dev.ackgen.runtime.signing;

import java.util.Optional;

/**
 * An AccessKey pair, with the security token of STS credentials when there is one. {@link
 * #toString} shows the AccessKey ID only; no exception message of this class holds the secret or
 * the token. No {@code equals}: compare credentials by what they are for, not by their secrets.
 */
public final class Credentials {
    private final String accessKeyId;
    private final String accessKeySecret;
    private final String securityToken;

    private Credentials(String accessKeyId, String accessKeySecret, String securityToken) {
        if (accessKeyId == null || accessKeyId.isEmpty()) {
            throw new IllegalArgumentException("accessKeyId must be non-empty");
        }
        if (accessKeySecret == null || accessKeySecret.isEmpty()) {
            throw new IllegalArgumentException("accessKeySecret must be non-empty");
        }
        this.accessKeyId = accessKeyId;
        this.accessKeySecret = accessKeySecret;
        // As in the SDK, an empty token is no token.
        this.securityToken = securityToken == null || securityToken.isEmpty() ? null : securityToken;
    }

    /** Long-term AccessKey credentials. */
    public static Credentials of(String accessKeyId, String accessKeySecret) {
        return new Credentials(accessKeyId, accessKeySecret, null);
    }

    /** STS credentials; a null or empty token gives long-term credentials. */
    public static Credentials of(String accessKeyId, String accessKeySecret, String securityToken) {
        return new Credentials(accessKeyId, accessKeySecret, securityToken);
    }

    public String accessKeyId() {
        return accessKeyId;
    }

    public String accessKeySecret() {
        return accessKeySecret;
    }

    public Optional<String> securityToken() {
        return Optional.ofNullable(securityToken);
    }

    /** Shows the AccessKey ID and whether there is a token; never the secret or the token. */
    @Override
    public String toString() {
        return "Credentials[accessKeyId=" + accessKeyId + ", accessKeySecret=***"
                + (securityToken == null ? "" : ", securityToken=***") + "]";
    }
}
