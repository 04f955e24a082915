package dev.ackgen.runtime.credentials;

import dev.ackgen.runtime.signing.Credentials;
import java.util.List;
import java.util.Objects;

/**
 * Where a client gets its credentials, asked once per attempt so that rotated STS credentials are
 * picked up. Implementations must be thread-safe.
 */
@FunctionalInterface
public interface CredentialsProvider {
    /**
     * The credentials to sign the next request with.
     *
     * @throws CredentialsUnavailableException if this provider has none
     */
    Credentials credentials();

    /** Always these credentials. */
    static CredentialsProvider of(Credentials credentials) {
        Objects.requireNonNull(credentials, "credentials");
        return new StaticCredentialsProvider(credentials);
    }

    /**
     * From the process environment: {@code ALIBABA_CLOUD_ACCESS_KEY_ID}, {@code
     * ALIBABA_CLOUD_ACCESS_KEY_SECRET} and, for STS credentials, {@code ALIBABA_CLOUD_SECURITY_TOKEN}.
     */
    static CredentialsProvider environment() {
        return new EnvironmentCredentialsProvider(System::getenv);
    }

    /** The first of these providers that has credentials, asked in order on every call. */
    static CredentialsProvider chain(CredentialsProvider... providers) {
        return new CredentialsProviderChain(List.of(providers));
    }

    /** The default chain over the real environment, home directory and endpoints: {@link #defaultChain(CredentialsSettings)}. */
    static CredentialsProvider defaultChain() {
        return defaultChain(CredentialsSettings.defaults());
    }

    /**
     * The default chain of credentials-java, in its order, reading and reaching only what the
     * settings say:
     *
     * <ol>
     *   <li>system properties ({@link SystemPropertiesCredentialsProvider});
     *   <li>environment variables ({@link EnvironmentCredentialsProvider});
     *   <li>OIDC role, when {@code ALIBABA_CLOUD_ROLE_ARN}, {@code ALIBABA_CLOUD_OIDC_PROVIDER_ARN}
     *       and {@code ALIBABA_CLOUD_OIDC_TOKEN_FILE} are set ({@link OidcRoleCredentialsProvider});
     *   <li>the aliyun CLI's {@code ~/.aliyun/config.json} ({@link CliConfigCredentialsProvider});
     *   <li>{@code ~/.alibabacloud/credentials.ini} ({@link CredentialsFileProvider});
     *   <li>the ECS instance's RAM role, unless {@code ALIBABA_CLOUD_ECS_METADATA_DISABLED=true}
     *       ({@link EcsRamRoleCredentialsProvider});
     *   <li>{@code ALIBABA_CLOUD_CREDENTIALS_URI}, when set ({@link CredentialsUriProvider}).
     * </ol>
     *
     * <p>Nothing is read or contacted until credentials are first asked for. The provider that last
     * gave credentials is asked first next time, as in credentials-java; when it fails the chain
     * is walked again. When no provider has credentials the exception lists what each one tried.
     */
    static CredentialsProvider defaultChain(CredentialsSettings settings) {
        Objects.requireNonNull(settings, "settings");
        return new CredentialsProviderChain(List.of(
                new SystemPropertiesCredentialsProvider(settings.systemProperties()),
                new EnvironmentCredentialsProvider(settings.environment()),
                OidcRoleCredentialsProvider.fromEnvironment(settings),
                CliConfigCredentialsProvider.create(settings),
                CredentialsFileProvider.create(settings),
                EcsRamRoleCredentialsProvider.create(settings),
                CredentialsUriProvider.fromEnvironment(settings)), true);
    }
}
