package dev.ackgen.runtime.client;

import dev.ackgen.runtime.credentials.CredentialsProvider;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * Everything a client is configured with; built by a {@link ClientBuilder}.
 *
 * @param endpoint scheme, host and port of the ACK endpoint, e.g. {@code https://cs.cn-hangzhou.aliyuncs.com}
 * @param credentials where credentials come from, asked once per attempt
 * @param connectTimeout how long to wait for a connection (used when the client makes its own transport)
 * @param readTimeout how long to wait for a response once a request is sent
 * @param retryPolicy how many attempts and how long between them
 * @param clock the time signed into each request
 * @param nonceSource a fresh signature nonce per attempt
 * @param transport what sends the bytes
 * @param ownsTransport whether closing the client closes the transport (it made it itself)
 * @param userAgent the {@code user-agent} header
 * @param validateBeforeSend whether requests are validated before anything is sent
 * @param signatureVersion how requests are signed
 */
public record ClientSettings(
        URI endpoint,
        CredentialsProvider credentials,
        Duration connectTimeout,
        Duration readTimeout,
        RetryPolicy retryPolicy,
        Clock clock,
        Supplier<String> nonceSource,
        Transport transport,
        boolean ownsTransport,
        String userAgent,
        boolean validateBeforeSend,
        SignatureVersion signatureVersion) {

    /** The endpoint and the options a person reads in a log; never credentials. */
    @Override
    public String toString() {
        return "ClientSettings[endpoint=" + endpoint + ", connectTimeout=" + connectTimeout + ", readTimeout="
                + readTimeout + ", " + retryPolicy + ", signature=" + signatureVersion + ", validateBeforeSend="
                + validateBeforeSend + ", transport=" + transport + "]";
    }
}
