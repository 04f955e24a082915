package dev.ackgen.runtime.credentials;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ackgen.runtime.signing.Credentials;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;

/**
 * Credentials from a profile of the aliyun CLI's {@code ~/.aliyun/config.json}, as credentials-java
 * reads it: the profile named by {@value #PROFILE}, else the file's {@code current}; off with
 * {@value #CLI_PROFILE_DISABLED}{@code =true}. By the profile's {@code mode}:
 *
 * <ul>
 *   <li>{@code AK}: {@code access_key_id}, {@code access_key_secret};
 *   <li>{@code StsToken}: those and {@code sts_token} (refused once {@code sts_expiration}, when
 *       present, has passed);
 *   <li>{@code EcsRamRole}: {@code ram_role_name} (empty: the instance's), through {@link
 *       EcsRamRoleCredentialsProvider};
 *   <li>{@code OIDC}: {@code ram_role_arn}, {@code oidc_provider_arn}, {@code oidc_token_file},
 *       optional {@code ram_session_name}, {@code expired_seconds}, {@code sts_region}, {@code
 *       enable_vpc} and {@code policy}, through {@link OidcRoleCredentialsProvider}.
 * </ul>
 *
 * <p>{@code RamRoleArn}, {@code ChainableRamRoleArn}, {@code CloudSSO}, {@code OAuth} and {@code
 * External} are not supported: asking for them fails with a message naming the file, the profile
 * and the mode. The file is read on every call; delegates are kept while the profile stays the same.
 */
public final class CliConfigCredentialsProvider implements CredentialsProvider {
    public static final String PROFILE = "ALIBABA_CLOUD_PROFILE";
    public static final String CLI_PROFILE_DISABLED = "ALIBABA_CLOUD_CLI_PROFILE_DISABLED";

    private final CredentialsSettings settings;
    private final DelegateCache delegate = new DelegateCache();

    private CliConfigCredentialsProvider(CredentialsSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    public static CliConfigCredentialsProvider create(CredentialsSettings settings) {
        return new CliConfigCredentialsProvider(settings);
    }

    /** The CLI's configuration file. */
    public Path file() {
        return settings.homeDirectory().resolve(".aliyun").resolve("config.json");
    }

    @Override
    public Credentials credentials() {
        if (settings.envFlag(CLI_PROFILE_DISABLED)) {
            throw new CredentialsUnavailableException("aliyun CLI profile: turned off by " + CLI_PROFILE_DISABLED + "=true");
        }
        Path file = file();
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new CredentialsUnavailableException("aliyun CLI profile: " + file + " does not exist");
        } catch (IOException e) {
            throw new CredentialsUnavailableException("aliyun CLI profile: " + file + " cannot be read (" + e.getClass().getSimpleName() + ")");
        }
        JsonNode config = CredentialsJson.object("aliyun CLI profile: " + file, text);
        String profileName = settings.env(PROFILE) != null ? settings.env(PROFILE) : CredentialsJson.text(config, "current");
        if (profileName == null) {
            throw new CredentialsUnavailableException("aliyun CLI profile: " + file + " has no current profile and "
                    + PROFILE + " is not set");
        }
        String where = "aliyun CLI profile '" + profileName + "' in " + file;
        JsonNode profile = null;
        JsonNode profiles = config.get("profiles");
        if (profiles != null && profiles.isArray()) {
            for (JsonNode p : profiles) {
                if (p.isObject() && profileName.equals(CredentialsJson.text(p, "name"))) {
                    profile = p;
                    break;
                }
            }
        }
        if (profile == null) {
            throw new CredentialsUnavailableException(where + ": there is no such profile");
        }
        String mode = CredentialsJson.text(profile, "mode");
        if (mode == null) {
            throw new CredentialsUnavailableException(where + ": the profile has no mode");
        }
        switch (mode) {
            case "AK":
                return Credentials.of(required(profile, "access_key_id", where, mode), required(profile, "access_key_secret", where, mode));
            case "StsToken": {
                Instant expiration = stsExpiration(profile);
                if (expiration != null && !settings.clock().instant().isBefore(expiration)) {
                    throw new CredentialsUnavailableException(where + " (mode StsToken): the STS token expired at " + expiration);
                }
                return Credentials.of(required(profile, "access_key_id", where, mode),
                        required(profile, "access_key_secret", where, mode), required(profile, "sts_token", where, mode));
            }
            case "EcsRamRole": {
                String role = CredentialsJson.text(profile, "ram_role_name");
                return CredentialsFileProvider.through(where, delegate.get(Arrays.asList(mode, role),
                        () -> EcsRamRoleCredentialsProvider.builder(settings).roleName(role).build()));
            }
            case "OIDC": {
                String roleArn = CredentialsJson.text(profile, "ram_role_arn");
                String providerArn = CredentialsJson.text(profile, "oidc_provider_arn");
                String tokenFile = CredentialsJson.text(profile, "oidc_token_file");
                String session = CredentialsJson.text(profile, "ram_session_name");
                String policy = CredentialsJson.text(profile, "policy");
                String region = CredentialsJson.text(profile, "sts_region");
                JsonNode vpcNode = profile.get("enable_vpc");
                Boolean vpc = vpcNode != null && vpcNode.isBoolean() ? vpcNode.asBoolean() : null;
                JsonNode seconds = profile.get("expired_seconds");
                int duration = seconds != null && seconds.canConvertToInt() && seconds.asInt() > 0 ? seconds.asInt() : 3600;
                CredentialsProvider oidc;
                try {
                    oidc = delegate.get(Arrays.asList(mode, roleArn, providerArn, tokenFile, session, policy, region,
                                    String.valueOf(vpc), String.valueOf(duration)),
                            () -> OidcRoleCredentialsProvider.builder(settings).roleArn(roleArn).oidcProviderArn(providerArn)
                                    .oidcTokenFile(tokenFile == null ? null : Path.of(tokenFile)).roleSessionName(session)
                                    .policy(policy).stsRegion(region).enableVpc(vpc).durationSeconds(duration).build());
                } catch (IllegalArgumentException e) {
                    throw new CredentialsUnavailableException(where + " (mode OIDC): " + e.getMessage());
                }
                return CredentialsFileProvider.through(where, oidc);
            }
            case "RamRoleArn":
            case "ChainableRamRoleArn":
            case "CloudSSO":
            case "OAuth":
            case "External":
                throw new CredentialsUnavailableException(where + ": mode " + mode + " is not supported by ackgen; use AK,"
                        + " StsToken, EcsRamRole or OIDC");
            default:
                throw new CredentialsUnavailableException(where + ": unknown mode '" + mode
                        + "'; ackgen supports AK, StsToken, EcsRamRole and OIDC");
        }
    }

    /** {@code sts_expiration} in seconds (or milliseconds, if that large) since the epoch; null when absent. */
    private static Instant stsExpiration(JsonNode profile) {
        JsonNode node = profile.get("sts_expiration");
        if (node == null || !node.canConvertToLong() || node.asLong() <= 0) {
            return null;
        }
        long value = node.asLong();
        return value > 100_000_000_000L ? Instant.ofEpochMilli(value) : Instant.ofEpochSecond(value);
    }

    private static String required(JsonNode profile, String key, String where, String mode) {
        String v = CredentialsJson.text(profile, key);
        if (v == null || v.isBlank()) {
            throw new CredentialsUnavailableException(where + " (mode " + mode + "): " + key + " is not set");
        }
        return v.strip();
    }

    @Override
    public String toString() {
        return "CliConfigCredentialsProvider[" + file() + "]";
    }
}
