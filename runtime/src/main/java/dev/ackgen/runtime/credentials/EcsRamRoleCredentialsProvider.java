package dev.ackgen.runtime.credentials;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ackgen.runtime.signing.Credentials;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;

/**
 * Temporary credentials of the RAM role attached to the ECS instance, from its metadata service
 * ({@code http://100.100.100.200} unless {@link CredentialsSettings.Builder#metadataEndpoint} says
 * otherwise), the way credentials-java asks it:
 *
 * <ol>
 *   <li>{@code PUT /latest/api/token} with {@code X-aliyun-ecs-metadata-token-ttl-seconds: 21600}
 *       for a session token (IMDSv2);
 *   <li>the role name: configured, or {@value #ROLE_NAME}, or the first line of {@code GET
 *       /latest/meta-data/ram/security-credentials/} (asked once, then remembered);
 *   <li>{@code GET /latest/meta-data/ram/security-credentials/<role>}, with the token in {@code
 *       X-aliyun-ecs-metadata-token}; the answer has {@code Code} ("Success"), {@code
 *       AccessKeyId}, {@code AccessKeySecret}, {@code SecurityToken} and {@code Expiration}.
 * </ol>
 *
 * <p>When the service answers the token request with an error, or rejects a request carrying the
 * token, the request is made again without one (IMDSv1), unless {@value #IMDSV1_DISABLED}{@code
 * =true} (or {@link Builder#disableImdsV1}). When nothing answers at all there is no second try.
 * {@value #METADATA_DISABLED}{@code =true} turns the provider off. The credentials are cached and
 * fetched again before they expire. Metadata calls go to the service directly, never via a proxy.
 */
public final class EcsRamRoleCredentialsProvider implements CredentialsProvider {
    public static final String ROLE_NAME = "ALIBABA_CLOUD_ECS_METADATA";
    public static final String METADATA_DISABLED = "ALIBABA_CLOUD_ECS_METADATA_DISABLED";
    public static final String IMDSV1_DISABLED = "ALIBABA_CLOUD_IMDSV1_DISABLED";
    static final String TOKEN_PATH = "/latest/api/token";
    static final String CREDENTIALS_PATH = "/latest/meta-data/ram/security-credentials/";
    static final String TOKEN_TTL_HEADER = "X-aliyun-ecs-metadata-token-ttl-seconds";
    static final String TOKEN_HEADER = "X-aliyun-ecs-metadata-token";
    static final String TOKEN_TTL_SECONDS = "21600";

    private final CredentialsSettings settings;
    private final String configuredRole;
    private final Boolean disableImdsV1;
    private final URI endpoint;
    private final CredentialsHttp http;
    private final RefreshingCredentials cache;
    private volatile String discoveredRole;

    private EcsRamRoleCredentialsProvider(Builder b) {
        this.settings = b.settings;
        this.configuredRole = b.roleName;
        this.disableImdsV1 = b.disableImdsV1;
        this.endpoint = settings.metadataEndpoint();
        this.http = new CredentialsHttp("ECS RAM role", settings.metadataConnectTimeout(), settings.metadataReadTimeout(), true);
        this.cache = new RefreshingCredentials("ECS RAM role", this::fetch, settings.clock(), settings.refreshBefore());
    }

    /** A provider of the instance's role: the name from {@value #ROLE_NAME} or the metadata service. */
    public static EcsRamRoleCredentialsProvider create(CredentialsSettings settings) {
        return builder(settings).build();
    }

    public static Builder builder(CredentialsSettings settings) {
        return new Builder(settings);
    }

    @Override
    public Credentials credentials() {
        if (settings.envFlag(METADATA_DISABLED)) {
            throw new CredentialsUnavailableException("ECS RAM role: turned off by " + METADATA_DISABLED + "=true");
        }
        return cache.get();
    }

    private TemporaryCredentials fetch() {
        boolean v1Disabled = disableImdsV1 != null ? disableImdsV1 : settings.envFlag(IMDSV1_DISABLED);
        String token = sessionToken(v1Disabled);
        String role = role(token, v1Disabled);
        URI uri = URI.create(endpoint + CREDENTIALS_PATH + URLEncoder.encode(role, StandardCharsets.UTF_8).replace("+", "%20"));
        String where = http.describe("GET", uri);
        CredentialsHttp.Answer answer = metadata(uri, token, v1Disabled);
        if (answer.status() == 404) {
            // The instance's role may have been swapped: the next fetch discovers it again.
            discoveredRole = null;
            throw new CredentialsUnavailableException(where + " answered HTTP 404: the instance has no RAM role named '" + role + "'");
        }
        if (answer.status() != 200) {
            throw new CredentialsUnavailableException(where + " answered HTTP " + answer.status());
        }
        JsonNode node = CredentialsJson.object(where, answer.body());
        String code = CredentialsJson.text(node, "Code");
        if (!"Success".equals(code)) {
            throw new CredentialsUnavailableException(where + " answered Code '" + code + "' instead of 'Success'");
        }
        return CredentialsJson.temporary(where, node);
    }

    /** The IMDSv2 session token, or null to go on without one (IMDSv1). */
    private String sessionToken(boolean v1Disabled) {
        URI uri = URI.create(endpoint + TOKEN_PATH);
        CredentialsHttp.Answer answer = http.put(uri, Map.of(TOKEN_TTL_HEADER, TOKEN_TTL_SECONDS));
        // A failure to connect or a timeout is thrown by put: there is no metadata service to fall back to.
        if (answer.status() == 200 && answer.body() != null && !answer.body().isBlank()) {
            return answer.body().trim();
        }
        if (v1Disabled) {
            throw new CredentialsUnavailableException(http.describe("PUT", uri) + " answered HTTP " + answer.status()
                    + " and IMDSv1 is turned off (" + IMDSV1_DISABLED + ")");
        }
        return null;
    }

    private String role(String token, boolean v1Disabled) {
        if (configuredRole != null) {
            return configuredRole;
        }
        String fromEnv = settings.env(ROLE_NAME);
        if (fromEnv != null) {
            return fromEnv;
        }
        String known = discoveredRole;
        if (known != null) {
            return known;
        }
        URI uri = URI.create(endpoint + CREDENTIALS_PATH);
        CredentialsHttp.Answer answer = metadata(uri, token, v1Disabled);
        if (answer.status() == 404) {
            throw new CredentialsUnavailableException(http.describe("GET", uri) + " answered HTTP 404: no RAM role is attached to the instance");
        }
        if (answer.status() != 200) {
            throw new CredentialsUnavailableException(http.describe("GET", uri) + " answered HTTP " + answer.status()
                    + " when asked for the role name");
        }
        String role = answer.body() == null ? "" : answer.body().strip().lines().findFirst().orElse("").strip();
        if (role.isEmpty()) {
            throw new CredentialsUnavailableException(http.describe("GET", uri) + " answered with no role name");
        }
        discoveredRole = role;
        return role;
    }

    /** GET with the token; once more without it if that was refused and IMDSv1 is allowed. */
    private CredentialsHttp.Answer metadata(URI uri, String token, boolean v1Disabled) {
        if (token == null) {
            return http.get(uri, Map.of());
        }
        CredentialsHttp.Answer answer = http.get(uri, Map.of(TOKEN_HEADER, token));
        if (answer.status() != 200 && answer.status() != 404 && !v1Disabled) {
            return http.get(uri, Map.of());
        }
        return answer;
    }

    @Override
    public String toString() {
        return "EcsRamRoleCredentialsProvider[role=" + (configuredRole != null ? configuredRole : "from " + ROLE_NAME + " or the instance")
                + ", metadata=" + Endpoints.shown(endpoint) + "]";
    }

    /** Configures an {@link EcsRamRoleCredentialsProvider}. */
    public static final class Builder {
        private final CredentialsSettings settings;
        private String roleName;
        private Boolean disableImdsV1;

        private Builder(CredentialsSettings settings) {
            this.settings = Objects.requireNonNull(settings, "settings");
        }

        /** The role whose credentials to get; by default {@value #ROLE_NAME}, else the instance's. */
        public Builder roleName(String roleName) {
            this.roleName = roleName == null || roleName.isBlank() ? null : roleName.trim();
            return this;
        }

        /** Never ask without a session token; by default {@value #IMDSV1_DISABLED}. */
        public Builder disableImdsV1(Boolean disableImdsV1) {
            this.disableImdsV1 = disableImdsV1;
            return this;
        }

        public EcsRamRoleCredentialsProvider build() {
            return new EcsRamRoleCredentialsProvider(this);
        }
    }
}
