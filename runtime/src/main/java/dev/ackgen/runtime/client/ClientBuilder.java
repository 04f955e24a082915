package dev.ackgen.runtime.client;

import dev.ackgen.runtime.credentials.CredentialsProvider;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * The options every generated client builder has. A generated builder extends this and adds only
 * {@code build()}; {@link #settings()} checks what was set and fills in the defaults.
 *
 * <p>Defaults: credentials from {@link CredentialsProvider#defaultChain()} (credentials-java's
 * chain: system properties, environment, OIDC role, aliyun CLI profile, credentials.ini, ECS RAM
 * role, credentials URI), V3 signatures, 5 s connect and 30 s read
 * timeouts, {@link RetryPolicy#defaults()}, the system clock, random UUID nonces, a {@link
 * JdkHttpTransport} of the client's own, validation before sending. A region or an endpoint must
 * be given.
 *
 * @param <B> the generated builder, returned by every setter so calls chain
 */
public abstract class ClientBuilder<B extends ClientBuilder<B>> {
    private static final Pattern REGION = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final String DEFAULT_USER_AGENT =
            "ackgen/" + version() + " Java/" + System.getProperty("java.version");

    private final String endpointTemplate;
    private URI endpoint;
    private String region;
    private CredentialsProvider credentials;
    private Duration connectTimeout = Duration.ofSeconds(5);
    private Duration readTimeout = Duration.ofSeconds(30);
    private RetryPolicy retryPolicy = RetryPolicy.defaults();
    private Clock clock = Clock.systemUTC();
    private Supplier<String> nonceSource = () -> UUID.randomUUID().toString();
    private Transport transport;
    private String userAgent = DEFAULT_USER_AGENT;
    private boolean validateBeforeSend = true;
    private SignatureVersion signatureVersion = SignatureVersion.V3;
    private boolean allowPlainHttp;

    /**
     * @param endpointTemplate the spec's server URL with {@code {region}} where the region goes,
     *     e.g. {@code https://cs.{region}.aliyuncs.com}
     */
    protected ClientBuilder(String endpointTemplate) {
        this.endpointTemplate = Objects.requireNonNull(endpointTemplate, "endpointTemplate");
    }

    /** The generated builder itself. */
    protected abstract B self();

    /** The region, e.g. {@code cn-hangzhou}: the endpoint becomes the spec's server for it. */
    public B region(String region) {
        Objects.requireNonNull(region, "region");
        if (!REGION.matcher(region).matches()) {
            throw new IllegalArgumentException("region '" + region + "' is not a region id such as cn-hangzhou");
        }
        this.region = region;
        return self();
    }

    /**
     * An explicit endpoint (scheme, host, optional port; no path), e.g. a VPC endpoint or {@code
     * http://127.0.0.1:8080} for a mock server. Wins over {@link #region}. Plain {@code http} is
     * for loopback addresses only, unless {@link #allowPlainHttp} says otherwise: it would carry
     * STS tokens in clear text.
     */
    public B endpoint(URI endpoint) {
        this.endpoint = checkEndpoint(Objects.requireNonNull(endpoint, "endpoint"));
        return self();
    }

    /**
     * Allows a plain {@code http} endpoint on a host other than a loopback address (a proxy in a
     * trusted network, say). Off by default.
     */
    public B allowPlainHttp(boolean allowPlainHttp) {
        this.allowPlainHttp = allowPlainHttp;
        return self();
    }

    /**
     * Where credentials come from; {@link CredentialsProvider#defaultChain()} by default. Use
     * {@link CredentialsProvider#defaultChain(dev.ackgen.runtime.credentials.CredentialsSettings)}
     * to give that chain another environment, home directory, endpoints or timeouts.
     */
    public B credentialsProvider(CredentialsProvider credentials) {
        this.credentials = Objects.requireNonNull(credentials, "credentials");
        return self();
    }

    /** How long to wait for a connection; used when the client makes its own transport. */
    public B connectTimeout(Duration connectTimeout) {
        this.connectTimeout = positive(connectTimeout, "connectTimeout");
        return self();
    }

    /** How long to wait for a response once a request is sent. */
    public B readTimeout(Duration readTimeout) {
        this.readTimeout = positive(readTimeout, "readTimeout");
        return self();
    }

    /** How many attempts, how far apart; {@link RetryPolicy#none()} to never retry. */
    public B retryPolicy(RetryPolicy retryPolicy) {
        this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy");
        return self();
    }

    /** The clock whose time is signed into requests; fixed clocks make tests repeatable. */
    public B clock(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
        return self();
    }

    /** Gives each attempt its signature nonce; must not repeat in production. */
    public B nonceSource(Supplier<String> nonceSource) {
        this.nonceSource = Objects.requireNonNull(nonceSource, "nonceSource");
        return self();
    }

    /** What sends requests; the caller keeps ownership (closing the client leaves it open). */
    public B transport(Transport transport) {
        this.transport = Objects.requireNonNull(transport, "transport");
        return self();
    }

    /** The {@code user-agent} header. */
    public B userAgent(String userAgent) {
        Objects.requireNonNull(userAgent, "userAgent");
        if (userAgent.isBlank() || userAgent.indexOf('\r') >= 0 || userAgent.indexOf('\n') >= 0) {
            throw new IllegalArgumentException("userAgent must be one non-blank line");
        }
        this.userAgent = userAgent;
        return self();
    }

    /**
     * Whether to validate each request before sending it (on by default): an invalid request then
     * never reaches the network and the caller gets every violation at once.
     */
    public B validateBeforeSend(boolean validateBeforeSend) {
        this.validateBeforeSend = validateBeforeSend;
        return self();
    }

    /** How to sign requests; {@link SignatureVersion#V3} by default. */
    public B signatureVersion(SignatureVersion signatureVersion) {
        this.signatureVersion = Objects.requireNonNull(signatureVersion, "signatureVersion");
        return self();
    }

    /**
     * The settings as configured, defaults filled in.
     *
     * @throws IllegalStateException if neither a region nor an endpoint was given
     */
    protected final ClientSettings settings() {
        URI resolved = endpoint;
        if (resolved == null) {
            if (!endpointTemplate.startsWith("http://") && !endpointTemplate.startsWith("https://")) {
                throw new IllegalStateException("this API's spec names no server: set an endpoint before build()");
            }
            if (region == null && endpointTemplate.contains("{region}")) {
                throw new IllegalStateException("set a region (e.g. cn-hangzhou) or an endpoint before build()");
            }
            if (region != null && !endpointTemplate.contains("{region}")) {
                throw new IllegalStateException("this API's server " + endpointTemplate
                        + " does not depend on the region: leave out region(" + region + ") or set an endpoint");
            }
            try {
                resolved = checkEndpoint(new URI(region == null ? endpointTemplate : endpointTemplate.replace("{region}", region)));
            } catch (URISyntaxException | IllegalArgumentException e) {
                throw new IllegalStateException("the spec's server " + endpointTemplate + " does not give an endpoint: "
                        + e.getMessage() + "; set an endpoint before build()", e);
            }
        }
        if ("http".equals(resolved.getScheme()) && !allowPlainHttp && !isLoopback(resolved.getHost())) {
            throw new IllegalStateException("plain http to " + resolved.getHost() + " would carry STS tokens in clear "
                    + "text: use https, or allowPlainHttp(true) for a trusted network");
        }
        boolean ownsTransport = transport == null;
        return new ClientSettings(
                resolved,
                credentials == null ? CredentialsProvider.defaultChain() : credentials,
                connectTimeout,
                readTimeout,
                retryPolicy,
                clock,
                nonceSource,
                ownsTransport ? JdkHttpTransport.create(connectTimeout) : transport,
                ownsTransport,
                userAgent,
                validateBeforeSend,
                signatureVersion);
    }

    private static URI checkEndpoint(URI endpoint) {
        String scheme = endpoint.getScheme();
        if (!("https".equals(scheme) || "http".equals(scheme)) || endpoint.getHost() == null) {
            throw new IllegalArgumentException("endpoint must be an http(s) URI with a host, was " + endpoint);
        }
        String path = endpoint.getRawPath();
        if ((path != null && !path.isEmpty() && !path.equals("/")) || endpoint.getRawQuery() != null
                || endpoint.getRawUserInfo() != null || endpoint.getRawFragment() != null) {
            throw new IllegalArgumentException("endpoint must hold no path, query or user info, was " + endpoint);
        }
        return endpoint;
    }

    private static boolean isLoopback(String host) {
        return host.equals("localhost") || host.startsWith("127.") || host.equals("[::1]");
    }

    private static Duration positive(Duration value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(name + " must be positive, was " + value);
        }
        return value;
    }

    private static String version() {
        String version = ClientBuilder.class.getPackage().getImplementationVersion();
        return version == null ? "dev" : version;
    }
}
