package dev.ackgen.runtime.credentials;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ackgen.runtime.signing.Credentials;
import java.net.URI;
import java.util.Map;
import java.util.Objects;

/**
 * Temporary credentials from a URL of the user's ({@value #CREDENTIALS_URI} in the default chain),
 * as credentials-java reads it: {@code GET} answers 2xx with JSON holding {@code Code} ("Success"),
 * {@code AccessKeyId}, {@code AccessKeySecret}, {@code SecurityToken} and {@code Expiration}. The
 * credentials are cached and fetched again before they expire. Messages show the URL without its
 * query or user info, which may hold a secret.
 */
public final class CredentialsUriProvider implements CredentialsProvider {
    public static final String CREDENTIALS_URI = "ALIBABA_CLOUD_CREDENTIALS_URI";

    private final URI uri;
    private final CredentialsHttp http;
    private final RefreshingCredentials cache;

    private CredentialsUriProvider(URI uri, CredentialsSettings settings) {
        this.uri = Objects.requireNonNull(uri, "uri");
        if (uri.getScheme() == null || uri.getHost() == null
                || !("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))) {
            throw new IllegalArgumentException("the credentials URI must be an http or https URL: " + Endpoints.shown(uri));
        }
        this.http = new CredentialsHttp("credentials URI", settings.connectTimeout(), settings.readTimeout(), false);
        this.cache = new RefreshingCredentials("credentials URI", this::fetch, settings.clock(), settings.refreshBefore());
    }

    /** Credentials from this URL. */
    public static CredentialsUriProvider of(URI uri, CredentialsSettings settings) {
        return new CredentialsUriProvider(uri, Objects.requireNonNull(settings, "settings"));
    }

    /**
     * The default chain's provider: the URL in {@value #CREDENTIALS_URI}, looked up on every call;
     * while it is unset there are no credentials.
     */
    public static CredentialsProvider fromEnvironment(CredentialsSettings settings) {
        return new FromEnvironment(Objects.requireNonNull(settings, "settings"));
    }

    @Override
    public Credentials credentials() {
        return cache.get();
    }

    private TemporaryCredentials fetch() {
        String where = http.describe("GET", uri);
        CredentialsHttp.Answer answer = http.get(uri, Map.of());
        if (answer.status() < 200 || answer.status() >= 300) {
            throw new CredentialsUnavailableException(where + " answered HTTP " + answer.status());
        }
        JsonNode node = CredentialsJson.object(where, answer.body());
        String code = CredentialsJson.text(node, "Code");
        if (!"Success".equals(code)) {
            throw new CredentialsUnavailableException(where + " answered Code '" + code + "' instead of 'Success'");
        }
        return CredentialsJson.temporary(where, node);
    }

    @Override
    public String toString() {
        return "CredentialsUriProvider[" + Endpoints.shown(uri) + "]";
    }

    private static final class FromEnvironment implements CredentialsProvider {
        private final CredentialsSettings settings;
        private volatile CredentialsUriProvider configured;

        FromEnvironment(CredentialsSettings settings) {
            this.settings = settings;
        }

        @Override
        public Credentials credentials() {
            String text = settings.env(CREDENTIALS_URI);
            if (text == null) {
                throw new CredentialsUnavailableException("credentials URI: environment variable " + CREDENTIALS_URI + " is not set");
            }
            CredentialsUriProvider c = configured;
            if (c == null || !c.uri.toString().equals(text)) {
                synchronized (this) {
                    c = configured;
                    if (c == null || !c.uri.toString().equals(text)) {
                        URI uri;
                        try {
                            uri = URI.create(text);
                            c = new CredentialsUriProvider(uri, settings);
                        } catch (IllegalArgumentException e) {
                            throw new CredentialsUnavailableException("credentials URI: " + CREDENTIALS_URI
                                    + " is not an http or https URL");
                        }
                        configured = c;
                    }
                }
            }
            return c.credentials();
        }

        @Override
        public String toString() {
            return "CredentialsUriProvider[from " + CREDENTIALS_URI + "]";
        }
    }
}
