package dev.ackgen.runtime.signing;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Signs requests for one Alibaba Cloud signature scheme. Implementations are stateless and
 * thread-safe.
 *
 * <p>The client sets the headers that depend on the call, the clock or chance before signing
 * ({@code host}, {@code x-acs-action}, {@code x-acs-version}, {@code accept}, {@code
 * content-type}, the date and the nonce: see each signer). The signer adds the ones it can derive
 * ({@link #derivedHeaders}) and the {@code Authorization} header; {@link #sign} does both.
 */
public interface RequestSigner {
    /** The name of the {@code Authorization} header. */
    String AUTHORIZATION = "Authorization";

    /**
     * The headers this signer derives from the request and the credentials and that its signature
     * covers, e.g. {@code x-acs-content-sha256} for V3, and {@code x-acs-accesskey-id} and {@code
     * x-acs-security-token} for STS credentials. They replace same-named headers of the request.
     */
    Map<String, String> derivedHeaders(SignableRequest request, Credentials credentials);

    /**
     * The {@code Authorization} header value for the request with its {@linkplain #derivedHeaders
     * derived headers} set. Any {@code Authorization} header already in the request is ignored.
     */
    String authorization(SignableRequest request, Credentials credentials);

    /**
     * The request with its derived headers and the {@code Authorization} header set: send its
     * headers.
     */
    default SignableRequest sign(SignableRequest request, Credentials credentials) {
        SignableRequest prepared = request.withHeaders(derivedHeaders(request, credentials));
        Map<String, String> authorization = new LinkedHashMap<>();
        authorization.put(AUTHORIZATION, authorization(prepared, credentials));
        return prepared.withHeaders(authorization);
    }
}
