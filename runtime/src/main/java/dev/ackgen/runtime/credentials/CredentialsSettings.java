package dev.ackgen.runtime.credentials;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * What the credentials providers read and reach: the environment, the system properties, the home
 * directory, the clock, the STS and instance metadata endpoints and the HTTP timeouts. {@link
 * #defaults()} is the real process; tests build their own so that no provider reads the real
 * environment or home directory or contacts a real address.
 *
 * <p>Immutable and thread-safe.
 */
public final class CredentialsSettings {
    /** Where the ECS instance metadata service answers, as credentials-java reaches it. */
    public static final URI DEFAULT_METADATA_ENDPOINT = URI.create("http://100.100.100.200");
    /** How long before expiry temporary credentials are refreshed at most (credentials-java's 15 minutes). */
    public static final Duration DEFAULT_REFRESH_BEFORE = Duration.ofMinutes(15);

    private final UnaryOperator<String> environment;
    private final UnaryOperator<String> systemProperties;
    private final Path homeDirectory;
    private final Clock clock;
    private final URI stsEndpoint;
    private final URI metadataEndpoint;
    private final Duration connectTimeout;
    private final Duration readTimeout;
    private final Duration metadataConnectTimeout;
    private final Duration metadataReadTimeout;
    private final Duration refreshBefore;

    private CredentialsSettings(Builder b) {
        this.environment = b.environment;
        this.systemProperties = b.systemProperties;
        this.homeDirectory = b.homeDirectory;
        this.clock = b.clock;
        this.stsEndpoint = b.stsEndpoint;
        this.metadataEndpoint = b.metadataEndpoint;
        this.connectTimeout = b.connectTimeout;
        this.readTimeout = b.readTimeout;
        this.metadataConnectTimeout = b.metadataConnectTimeout;
        this.metadataReadTimeout = b.metadataReadTimeout;
        this.refreshBefore = b.refreshBefore;
    }

    /** The process's environment, system properties and home directory, the system clock, the real endpoints. */
    public static CredentialsSettings defaults() {
        return builder().build();
    }

    /** Settings starting from {@link #defaults()}'s values. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding these settings, to change some of them. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.environment = environment;
        b.systemProperties = systemProperties;
        b.homeDirectory = homeDirectory;
        b.clock = clock;
        b.stsEndpoint = stsEndpoint;
        b.metadataEndpoint = metadataEndpoint;
        b.connectTimeout = connectTimeout;
        b.readTimeout = readTimeout;
        b.metadataConnectTimeout = metadataConnectTimeout;
        b.metadataReadTimeout = metadataReadTimeout;
        b.refreshBefore = refreshBefore;
        return b;
    }

    /** An environment variable, or null when it is unset or blank. */
    String env(String name) {
        String value = environment.apply(name);
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** Whether an environment variable is "true" (any case), as credentials-java reads its switches. */
    boolean envFlag(String name) {
        return "true".equalsIgnoreCase(env(name));
    }

    UnaryOperator<String> environment() {
        return environment;
    }

    UnaryOperator<String> systemProperties() {
        return systemProperties;
    }

    Path homeDirectory() {
        return homeDirectory;
    }

    Clock clock() {
        return clock;
    }

    /** The STS endpoint every STS call goes to, or null for the region's (or the central) one. */
    URI stsEndpoint() {
        return stsEndpoint;
    }

    URI metadataEndpoint() {
        return metadataEndpoint;
    }

    Duration connectTimeout() {
        return connectTimeout;
    }

    Duration readTimeout() {
        return readTimeout;
    }

    Duration metadataConnectTimeout() {
        return metadataConnectTimeout;
    }

    Duration metadataReadTimeout() {
        return metadataReadTimeout;
    }

    Duration refreshBefore() {
        return refreshBefore;
    }

    @Override
    public String toString() {
        return "CredentialsSettings[home=" + homeDirectory + ", sts=" + (stsEndpoint == null ? "by region" : stsEndpoint)
                + ", metadata=" + metadataEndpoint + ", timeouts=" + connectTimeout.toMillis() + "/" + readTimeout.toMillis()
                + " ms, metadata timeouts=" + metadataConnectTimeout.toMillis() + "/" + metadataReadTimeout.toMillis()
                + " ms, refreshBefore=" + refreshBefore + "]";
    }

    /** Builds {@link CredentialsSettings}; every setting has the default of {@link #defaults()}. */
    public static final class Builder {
        private UnaryOperator<String> environment = System::getenv;
        private UnaryOperator<String> systemProperties = System::getProperty;
        private Path homeDirectory = Path.of(System.getProperty("user.home", "."));
        private Clock clock = Clock.systemUTC();
        private URI stsEndpoint;
        private URI metadataEndpoint = DEFAULT_METADATA_ENDPOINT;
        // credentials-java's defaults: 5 s / 10 s for STS and the credentials URI, 1 s / 1 s for the metadata service.
        private Duration connectTimeout = Duration.ofSeconds(5);
        private Duration readTimeout = Duration.ofSeconds(10);
        private Duration metadataConnectTimeout = Duration.ofSeconds(1);
        private Duration metadataReadTimeout = Duration.ofSeconds(1);
        private Duration refreshBefore = DEFAULT_REFRESH_BEFORE;

        private Builder() {}

        /** Looks an environment variable up by name, null when unset ({@code System::getenv}, or a map's {@code get}). */
        public Builder environment(UnaryOperator<String> environment) {
            this.environment = Objects.requireNonNull(environment, "environment");
            return this;
        }

        /** Looks a system property up by name ({@code System::getProperty} by default). */
        public Builder systemProperties(UnaryOperator<String> systemProperties) {
            this.systemProperties = Objects.requireNonNull(systemProperties, "systemProperties");
            return this;
        }

        /** The directory holding {@code .alibabacloud/credentials.ini} and {@code .aliyun/config.json}. */
        public Builder homeDirectory(Path homeDirectory) {
            this.homeDirectory = Objects.requireNonNull(homeDirectory, "homeDirectory");
            return this;
        }

        /** The clock expiry times are compared with. */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * Sends every STS call (AssumeRoleWithOIDC) here, for instance {@code http://127.0.0.1:8080}
         * in a test or a private endpoint; a bare host name means https. By default {@code
         * sts.aliyuncs.com}, or {@code sts.<ALIBABA_CLOUD_STS_REGION>.aliyuncs.com} ({@code sts-vpc}
         * with {@code ALIBABA_CLOUD_VPC_ENDPOINT_ENABLED=true}).
         */
        public Builder stsEndpoint(URI stsEndpoint) {
            this.stsEndpoint = stsEndpoint == null ? null : Endpoints.normalize(stsEndpoint.toString());
            return this;
        }

        /** The ECS instance metadata service; {@code http://100.100.100.200} by default. */
        public Builder metadataEndpoint(URI metadataEndpoint) {
            this.metadataEndpoint = Endpoints.normalize(Objects.requireNonNull(metadataEndpoint, "metadataEndpoint").toString());
            return this;
        }

        /** Connect and read timeouts of the STS and credentials URI calls (5 s and 10 s by default). */
        public Builder httpTimeouts(Duration connect, Duration read) {
            this.connectTimeout = positive(connect, "connect");
            this.readTimeout = positive(read, "read");
            return this;
        }

        /** Connect and read timeouts of each instance metadata call (1 s and 1 s by default). */
        public Builder metadataTimeouts(Duration connect, Duration read) {
            this.metadataConnectTimeout = positive(connect, "connect");
            this.metadataReadTimeout = positive(read, "read");
            return this;
        }

        /**
         * Temporary credentials are fetched again when less than this remains before they expire
         * (15 minutes by default), or when half their lifetime has passed if that comes later.
         */
        public Builder refreshBefore(Duration refreshBefore) {
            Objects.requireNonNull(refreshBefore, "refreshBefore");
            if (refreshBefore.isNegative()) {
                throw new IllegalArgumentException("refreshBefore must not be negative");
            }
            this.refreshBefore = refreshBefore;
            return this;
        }

        public CredentialsSettings build() {
            return new CredentialsSettings(this);
        }

        private static Duration positive(Duration d, String what) {
            Objects.requireNonNull(d, what);
            if (d.isZero() || d.isNegative()) {
                throw new IllegalArgumentException(what + " timeout must be positive");
            }
            return d;
        }
    }
}
