/**
 * Alibaba Cloud request signing, byte-for-byte compatible with the official Java SDK
 * ({@code com.aliyun:tea-openapi} 0.2.5 with {@code com.aliyun:openapiutil} 0.1.14, as used by
 * {@code com.aliyun:cs20151215:3.0.15}).
 *
 * <p>A client builds a {@link dev.ackgen.runtime.signing.SignableRequest} holding everything the
 * signature may cover (method, unencoded path, query parameters, headers including {@code host},
 * {@code x-acs-action}, {@code x-acs-version}, the date and the nonce, and the body bytes), then
 * calls {@link dev.ackgen.runtime.signing.RequestSigner#sign} and sends the headers of the returned
 * request. Two signers exist:
 *
 * <ul>
 *   <li>{@link dev.ackgen.runtime.signing.AcsV3Signer}: {@code ACS3-HMAC-SHA256}, what the SDK uses
 *       unless its configuration says {@code signatureAlgorithm = "v2"}; covers the body through
 *       {@code x-acs-content-sha256}.
 *   <li>{@link dev.ackgen.runtime.signing.RoaV1Signer}: the older ROA {@code HMAC-SHA1} scheme
 *       ({@code signatureAlgorithm = "v2"} in the SDK); does not cover the body.
 * </ul>
 *
 * <p>Both signers are stateless and thread-safe. Nothing in this package puts a secret or a
 * security token into an exception message or a {@code toString}.
 */
package dev.ackgen.runtime.signing;
