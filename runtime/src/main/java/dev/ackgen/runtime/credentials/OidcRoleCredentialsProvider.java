package dev.ackgen.runtime.credentials;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ackgen.runtime.signing.Credentials;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Temporary credentials of a RAM role assumed with an OIDC token, as on ACK with RRSA: the token
 * file (re-read before every exchange, since the kubelet rotates it) is exchanged with STS {@code
 * AssumeRoleWithOIDC}, an anonymous call that needs no signature. The credentials are cached and
 * fetched again before they expire.
 *
 * <p>From the environment ({@link #fromEnvironment}) as in credentials-java: {@value #ROLE_ARN},
 * {@value #OIDC_PROVIDER_ARN}, {@value #OIDC_TOKEN_FILE} and optionally {@value #ROLE_SESSION_NAME}
 * (default {@code credentials-java-<epoch millis>}, the library's). STS is {@code
 * https://sts.aliyuncs.com}, or {@code https://sts.<region>.aliyuncs.com} with {@value #STS_REGION}
 * ({@code sts-vpc.<region>} with {@value #VPC_ENDPOINT_ENABLED}{@code =true}), unless {@link
 * CredentialsSettings.Builder#stsEndpoint} or {@link Builder#stsEndpoint} names another.
 *
 * <p>The request is {@code POST /?Action=AssumeRoleWithOIDC&Format=JSON&Version=2015-04-01} with a
 * form body of {@code DurationSeconds}, {@code RoleArn}, {@code OIDCProviderArn}, {@code OIDCToken},
 * {@code RoleSessionName} and, when set, {@code Policy}. Messages never hold the token or the secrets.
 */
public final class OidcRoleCredentialsProvider implements CredentialsProvider {
    public static final String ROLE_ARN = "ALIBABA_CLOUD_ROLE_ARN";
    public static final String OIDC_PROVIDER_ARN = "ALIBABA_CLOUD_OIDC_PROVIDER_ARN";
    public static final String OIDC_TOKEN_FILE = "ALIBABA_CLOUD_OIDC_TOKEN_FILE";
    public static final String ROLE_SESSION_NAME = "ALIBABA_CLOUD_ROLE_SESSION_NAME";
    public static final String STS_REGION = "ALIBABA_CLOUD_STS_REGION";
    public static final String VPC_ENDPOINT_ENABLED = "ALIBABA_CLOUD_VPC_ENDPOINT_ENABLED";
    /** The central STS endpoint. */
    public static final String DEFAULT_STS_ENDPOINT = "sts.aliyuncs.com";

    private final String roleArn;
    private final String oidcProviderArn;
    private final Path tokenFile;
    private final String roleSessionName;
    private final int durationSeconds;
    private final String policy;
    private final URI sts;
    private final CredentialsHttp http;
    private final RefreshingCredentials cache;
    private final String name;

    private OidcRoleCredentialsProvider(Builder b) {
        CredentialsSettings s = b.settings;
        this.roleArn = require(b.roleArn != null ? b.roleArn : s.env(ROLE_ARN), "roleArn", ROLE_ARN);
        this.oidcProviderArn = require(b.oidcProviderArn != null ? b.oidcProviderArn : s.env(OIDC_PROVIDER_ARN),
                "oidcProviderArn", OIDC_PROVIDER_ARN);
        String file = b.tokenFile != null ? b.tokenFile.toString() : s.env(OIDC_TOKEN_FILE);
        this.tokenFile = Path.of(require(file, "oidcTokenFile", OIDC_TOKEN_FILE));
        String session = b.roleSessionName != null ? b.roleSessionName : s.env(ROLE_SESSION_NAME);
        this.roleSessionName = session != null ? session : "credentials-java-" + s.clock().millis();
        if (b.durationSeconds < 900) {
            throw new IllegalArgumentException("durationSeconds must be at least 900, not " + b.durationSeconds);
        }
        this.durationSeconds = b.durationSeconds;
        this.policy = b.policy;
        this.sts = stsEndpoint(b, s);
        this.name = "OIDC role " + roleArn;
        this.http = new CredentialsHttp(name, s.connectTimeout(), s.readTimeout(), false);
        this.cache = new RefreshingCredentials(name, this::assumeRole, s.clock(), s.refreshBefore());
    }

    /** A provider configured in code; what is not set comes from the environment, as in credentials-java. */
    public static Builder builder(CredentialsSettings settings) {
        return new Builder(settings);
    }

    /**
     * The provider of the default chain: configured by {@value #ROLE_ARN}, {@value
     * #OIDC_PROVIDER_ARN} and {@value #OIDC_TOKEN_FILE}, looked up on every call; while one is
     * missing it has no credentials and says which.
     */
    public static CredentialsProvider fromEnvironment(CredentialsSettings settings) {
        return new FromEnvironment(settings);
    }

    @Override
    public Credentials credentials() {
        return cache.get();
    }

    private TemporaryCredentials assumeRole() {
        String token = readToken();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("DurationSeconds", String.valueOf(durationSeconds));
        form.put("RoleArn", roleArn);
        form.put("OIDCProviderArn", oidcProviderArn);
        form.put("OIDCToken", token);
        form.put("RoleSessionName", roleSessionName);
        if (policy != null && !policy.isEmpty()) {
            form.put("Policy", policy);
        }
        String body = form.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        URI uri = URI.create(sts + "/?Action=AssumeRoleWithOIDC&Format=JSON&Version=2015-04-01");
        String where = http.describe("POST", uri) + " (AssumeRoleWithOIDC, token file " + tokenFile + ")";
        CredentialsHttp.Answer answer = http.postForm(uri, body);
        if (answer.status() != 200) {
            throw new CredentialsUnavailableException(where + " answered HTTP " + answer.status() + stsError(answer.body(), token));
        }
        JsonNode node = CredentialsJson.object(where, answer.body());
        JsonNode credentials = node.get("Credentials");
        if (credentials == null || !credentials.isObject()) {
            throw new CredentialsUnavailableException(where + " answered without Credentials");
        }
        return CredentialsJson.temporary(where, credentials);
    }

    private String readToken() {
        String token;
        try {
            token = Files.readString(tokenFile, StandardCharsets.UTF_8).trim();
        } catch (NoSuchFileException e) {
            throw new CredentialsUnavailableException(name + ": the OIDC token file " + tokenFile + " does not exist");
        } catch (IOException e) {
            throw new CredentialsUnavailableException(name + ": the OIDC token file " + tokenFile + " cannot be read ("
                    + e.getClass().getSimpleName() + ")");
        }
        if (token.isEmpty()) {
            throw new CredentialsUnavailableException(name + ": the OIDC token file " + tokenFile + " is empty");
        }
        return token;
    }

    /** STS's error code, request ID and message, the message without the token and cut short. */
    static String stsError(String body, String... secrets) {
        try {
            JsonNode node = CredentialsJson.object("STS", body);
            String code = CredentialsJson.text(node, "Code");
            String requestId = CredentialsJson.text(node, "RequestId");
            String message = CredentialsJson.text(node, "Message");
            if (code == null && message == null) {
                return "";
            }
            StringBuilder s = new StringBuilder(" (");
            s.append("Code=").append(code);
            if (requestId != null) {
                s.append(", RequestId=").append(requestId);
            }
            if (message != null) {
                for (String secret : secrets) {
                    if (secret != null && !secret.isEmpty()) {
                        message = message.replace(secret, "***");
                    }
                }
                s.append(", Message=").append(message.length() > 200 ? message.substring(0, 200) + "…" : message);
            }
            return s.append(')').toString();
        } catch (CredentialsUnavailableException e) {
            return "";
        }
    }

    private static URI stsEndpoint(Builder b, CredentialsSettings s) {
        if (b.stsEndpoint != null) {
            return Endpoints.normalize(b.stsEndpoint);
        }
        if (s.stsEndpoint() != null) {
            return s.stsEndpoint();
        }
        String region = b.stsRegion != null ? b.stsRegion : s.env(STS_REGION);
        boolean vpc = b.enableVpc != null ? b.enableVpc : s.envFlag(VPC_ENDPOINT_ENABLED);
        if (region != null) {
            return Endpoints.normalize((vpc ? "sts-vpc." : "sts.") + region + ".aliyuncs.com");
        }
        return Endpoints.normalize(DEFAULT_STS_ENDPOINT);
    }

    private static String require(String value, String what, String variable) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " is not set and neither is the environment variable " + variable);
        }
        return value.trim();
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** The STS endpoint, for tests and messages. */
    URI sts() {
        return sts;
    }

    String roleSessionName() {
        return roleSessionName;
    }

    @Override
    public String toString() {
        return "OidcRoleCredentialsProvider[roleArn=" + roleArn + ", oidcProviderArn=" + oidcProviderArn + ", tokenFile="
                + tokenFile + ", roleSessionName=" + roleSessionName + ", sts=" + Endpoints.shown(sts) + "]";
    }

    /** Configures an {@link OidcRoleCredentialsProvider}; unset values come from the environment of the settings. */
    public static final class Builder {
        private final CredentialsSettings settings;
        private String roleArn;
        private String oidcProviderArn;
        private Path tokenFile;
        private String roleSessionName;
        private int durationSeconds = 3600;
        private String policy;
        private String stsEndpoint;
        private String stsRegion;
        private Boolean enableVpc;

        private Builder(CredentialsSettings settings) {
            this.settings = Objects.requireNonNull(settings, "settings");
        }

        public Builder roleArn(String roleArn) {
            this.roleArn = roleArn;
            return this;
        }

        public Builder oidcProviderArn(String oidcProviderArn) {
            this.oidcProviderArn = oidcProviderArn;
            return this;
        }

        public Builder oidcTokenFile(Path tokenFile) {
            this.tokenFile = tokenFile;
            return this;
        }

        public Builder roleSessionName(String roleSessionName) {
            this.roleSessionName = roleSessionName == null || roleSessionName.isBlank() ? null : roleSessionName;
            return this;
        }

        /** How long the credentials last, 3600 s by default and at least 900 s. */
        public Builder durationSeconds(int durationSeconds) {
            this.durationSeconds = durationSeconds;
            return this;
        }

        /** A policy that narrows the role's permissions. */
        public Builder policy(String policy) {
            this.policy = policy;
            return this;
        }

        /** An STS host ({@code sts.cn-hangzhou.aliyuncs.com}, meaning https) or URL; wins over everything else. */
        public Builder stsEndpoint(String stsEndpoint) {
            this.stsEndpoint = stsEndpoint == null || stsEndpoint.isBlank() ? null : stsEndpoint;
            return this;
        }

        /** The region whose STS endpoint to use, instead of {@value #STS_REGION}. */
        public Builder stsRegion(String stsRegion) {
            this.stsRegion = stsRegion == null || stsRegion.isBlank() ? null : stsRegion;
            return this;
        }

        /** Whether to use the region's VPC endpoint, instead of {@value #VPC_ENDPOINT_ENABLED}. */
        public Builder enableVpc(Boolean enableVpc) {
            this.enableVpc = enableVpc;
            return this;
        }

        /** @throws IllegalArgumentException if the role, the OIDC provider or the token file is not set */
        public OidcRoleCredentialsProvider build() {
            return new OidcRoleCredentialsProvider(this);
        }
    }

    /** The default chain's OIDC provider: configured by the environment, looked at on every call. */
    private static final class FromEnvironment implements CredentialsProvider {
        private final CredentialsSettings settings;
        private volatile Configured configured;

        private record Configured(List<String> key, OidcRoleCredentialsProvider provider) {}

        FromEnvironment(CredentialsSettings settings) {
            this.settings = Objects.requireNonNull(settings, "settings");
        }

        @Override
        public Credentials credentials() {
            List<String> key = java.util.Arrays.asList(settings.env(ROLE_ARN), settings.env(OIDC_PROVIDER_ARN),
                    settings.env(OIDC_TOKEN_FILE), settings.env(ROLE_SESSION_NAME), settings.env(STS_REGION),
                    String.valueOf(settings.envFlag(VPC_ENDPOINT_ENABLED)));
            if (key.get(0) == null || key.get(1) == null || key.get(2) == null) {
                List<String> missing = new java.util.ArrayList<>();
                if (key.get(0) == null) {
                    missing.add(ROLE_ARN);
                }
                if (key.get(1) == null) {
                    missing.add(OIDC_PROVIDER_ARN);
                }
                if (key.get(2) == null) {
                    missing.add(OIDC_TOKEN_FILE);
                }
                throw new CredentialsUnavailableException("OIDC role: environment variable" + (missing.size() > 1 ? "s " : " ")
                        + String.join(", ", missing) + (missing.size() > 1 ? " are" : " is") + " not set");
            }
            Configured c = configured;
            if (c == null || !c.key().equals(key)) {
                synchronized (this) {
                    c = configured;
                    if (c == null || !c.key().equals(key)) {
                        try {
                            c = new Configured(key, builder(settings).build());
                        } catch (IllegalArgumentException e) {
                            // e.g. an ALIBABA_CLOUD_STS_REGION that makes no host name: the chain goes on.
                            throw new CredentialsUnavailableException("OIDC role: " + e.getMessage());
                        }
                        configured = c;
                    }
                }
            }
            return c.provider().credentials();
        }

        @Override
        public String toString() {
            return "OidcRoleCredentialsProvider[from " + ROLE_ARN + ", " + OIDC_PROVIDER_ARN + ", " + OIDC_TOKEN_FILE + "]";
        }
    }
}
