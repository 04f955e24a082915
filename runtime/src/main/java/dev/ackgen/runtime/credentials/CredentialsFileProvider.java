package dev.ackgen.runtime.credentials;

import dev.ackgen.runtime.signing.Credentials;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;

/**
 * Credentials from credentials-java's INI file: {@code ~/.alibabacloud/credentials.ini}, or the
 * file named by {@value #CREDENTIALS_FILE}; the profile (section) named by {@value #PROFILE}, or
 * {@code default}. As in credentials-java, a section is read only with {@code enable = true}.
 * By its {@code type}:
 *
 * <ul>
 *   <li>{@code access_key}: {@code access_key_id}, {@code access_key_secret};
 *   <li>{@code sts} (an ackgen addition; credentials-java has no such file type): {@code
 *       access_key_id}, {@code access_key_secret}, {@code security_token};
 *   <li>{@code ecs_ram_role}: {@code role_name}, through {@link EcsRamRoleCredentialsProvider};
 *   <li>{@code oidc_role_arn}: {@code role_arn}, {@code oidc_provider_arn}, {@code
 *       oidc_token_file_path} (each defaulting to its {@code ALIBABA_CLOUD_*} variable), optional
 *       {@code role_session_name} and {@code policy}, through {@link OidcRoleCredentialsProvider}.
 * </ul>
 *
 * <p>{@code ram_role_arn} and {@code rsa_key_pair} need signed STS calls and are not supported:
 * asking for them fails with a message naming the file, the profile and the type. The file is
 * read on every call; the providers a profile delegates to are kept while it stays the same, so
 * their credentials stay cached. Messages never hold a value of the file.
 */
public final class CredentialsFileProvider implements CredentialsProvider {
    public static final String CREDENTIALS_FILE = "ALIBABA_CLOUD_CREDENTIALS_FILE";
    public static final String PROFILE = "ALIBABA_CLOUD_PROFILE";

    private final CredentialsSettings settings;
    private final DelegateCache delegate = new DelegateCache();

    private CredentialsFileProvider(CredentialsSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    public static CredentialsFileProvider create(CredentialsSettings settings) {
        return new CredentialsFileProvider(settings);
    }

    /** The file this provider reads now. */
    public Path file() {
        String named = settings.env(CREDENTIALS_FILE);
        return named != null ? Path.of(named) : settings.homeDirectory().resolve(".alibabacloud").resolve("credentials.ini");
    }

    @Override
    public Credentials credentials() {
        Path file;
        try {
            file = file();
        } catch (java.nio.file.InvalidPathException e) {
            throw new CredentialsUnavailableException("credentials file: " + CREDENTIALS_FILE + " is not a valid path");
        }
        String profileName = settings.env(PROFILE) != null ? settings.env(PROFILE) : "default";
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new CredentialsUnavailableException("credentials file: " + file + " does not exist");
        } catch (IOException e) {
            throw new CredentialsUnavailableException("credentials file: " + file + " cannot be read (" + e.getClass().getSimpleName() + ")");
        }
        Map<String, Map<String, String>> sections;
        try {
            sections = IniFile.parse(text, file.toString());
        } catch (IllegalArgumentException e) {
            throw new CredentialsUnavailableException("credentials file: " + e.getMessage());
        }
        String where = "credentials file: profile [" + profileName + "] in " + file;
        Map<String, String> profile = sections.get(profileName);
        if (profile == null) {
            throw new CredentialsUnavailableException(where + ": there is no such profile");
        }
        if (!"true".equalsIgnoreCase(value(profile, "enable"))) {
            throw new CredentialsUnavailableException(where + ": the profile is not enabled (it needs enable = true)");
        }
        String type = value(profile, "type");
        if (type == null) {
            throw new CredentialsUnavailableException(where + ": the profile has no type");
        }
        switch (type) {
            case "access_key":
                return Credentials.of(required(profile, "access_key_id", where, type),
                        required(profile, "access_key_secret", where, type));
            case "sts":
                return Credentials.of(required(profile, "access_key_id", where, type),
                        required(profile, "access_key_secret", where, type), required(profile, "security_token", where, type));
            case "ecs_ram_role": {
                String role = required(profile, "role_name", where, type);
                return through(where, delegate.get(Arrays.asList(type, role),
                        () -> EcsRamRoleCredentialsProvider.builder(settings).roleName(role).build()));
            }
            case "oidc_role_arn": {
                String roleArn = value(profile, "role_arn");
                String providerArn = value(profile, "oidc_provider_arn");
                String tokenFile = value(profile, "oidc_token_file_path");
                String session = value(profile, "role_session_name");
                String policy = value(profile, "policy");
                CredentialsProvider oidc;
                try {
                    oidc = delegate.get(Arrays.asList(type, roleArn, providerArn, tokenFile, session, policy),
                            () -> OidcRoleCredentialsProvider.builder(settings).roleArn(roleArn).oidcProviderArn(providerArn)
                                    .oidcTokenFile(tokenFile == null ? null : Path.of(tokenFile)).roleSessionName(session)
                                    .policy(policy).build());
                } catch (IllegalArgumentException e) {
                    throw new CredentialsUnavailableException(where + " (type oidc_role_arn): " + e.getMessage());
                }
                return through(where, oidc);
            }
            case "ram_role_arn":
            case "rsa_key_pair":
                throw new CredentialsUnavailableException(where + ": type " + type + " is not supported by ackgen (it needs a"
                        + " signed STS call); use access_key, sts, ecs_ram_role or oidc_role_arn");
            default:
                throw new CredentialsUnavailableException(where + ": unknown type '" + type
                        + "'; ackgen supports access_key, sts, ecs_ram_role and oidc_role_arn");
        }
    }

    /** The delegate's credentials; its failure message follows this profile's. */
    static Credentials through(String where, CredentialsProvider delegate) {
        try {
            return delegate.credentials();
        } catch (CredentialsUnavailableException e) {
            throw new CredentialsUnavailableException(where + ": " + e.getMessage());
        }
    }

    private static String value(Map<String, String> profile, String key) {
        String v = profile.get(key);
        return v == null || v.isBlank() ? null : v.strip();
    }

    private static String required(Map<String, String> profile, String key, String where, String type) {
        String v = value(profile, key);
        if (v == null) {
            throw new CredentialsUnavailableException(where + " (type " + type + "): " + key + " is not set");
        }
        return v;
    }

    @Override
    public String toString() {
        try {
            return "CredentialsFileProvider[" + file() + "]";
        } catch (java.nio.file.InvalidPathException e) {
            return "CredentialsFileProvider[" + CREDENTIALS_FILE + " is not a valid path]";
        }
    }
}
