package dev.ackgen.mock;

import java.util.Objects;
import java.util.Optional;

/**
 * What the mock server found when it checked a request's signature: which scheme the request
 * used, whether the signature is valid and, when not, the ACK error code and HTTP status the
 * server answers with and a reason. Reasons name headers and may show the server's string to
 * sign (with any security token masked), never an AccessKey secret or a security token.
 * Immutable.
 */
public final class SignatureCheck {
    /** The signature scheme a request used, read from its {@code Authorization} header. */
    public enum Algorithm {
        /** {@code ACS3-HMAC-SHA256}: {@code Authorization: ACS3-HMAC-SHA256 Credential=...}. */
        V3,
        /** ROA {@code HMAC-SHA1}: {@code Authorization: acs AccessKeyId:signature}. */
        V1,
        /** No {@code Authorization} header, or one of an unknown scheme. */
        NONE
    }

    private final Algorithm algorithm;
    private final String accessKeyId;
    private final String errorCode;
    private final int errorStatus;
    private final String reason;

    private SignatureCheck(Algorithm algorithm, String accessKeyId, String errorCode, int errorStatus,
            String reason) {
        this.algorithm = Objects.requireNonNull(algorithm, "algorithm");
        this.accessKeyId = accessKeyId;
        this.errorCode = errorCode;
        this.errorStatus = errorStatus;
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    /** A valid signature made with the credentials of this AccessKey ID. */
    static SignatureCheck valid(Algorithm algorithm, String accessKeyId) {
        return new SignatureCheck(algorithm, accessKeyId, null, 0, "signature valid");
    }

    /**
     * A rejected request.
     *
     * @param accessKeyId the AccessKey ID the request named, or {@code null} when it named none
     */
    static SignatureCheck invalid(Algorithm algorithm, String accessKeyId, int status, String code, String reason) {
        return new SignatureCheck(algorithm, accessKeyId, Objects.requireNonNull(code, "code"), status, reason);
    }

    /** The scheme the request used. */
    public Algorithm algorithm() {
        return algorithm;
    }

    /** Whether the signature is valid for the server's credentials. */
    public boolean valid() {
        return errorCode == null;
    }

    /** The AccessKey ID the request named, when it named one. */
    public Optional<String> accessKeyId() {
        return Optional.ofNullable(accessKeyId);
    }

    /** The ACK error code answered, e.g. {@code SignatureDoesNotMatch}; empty when valid. */
    public Optional<String> errorCode() {
        return Optional.ofNullable(errorCode);
    }

    /** The HTTP status answered for an invalid signature, e.g. 400; 0 when valid. */
    public int errorStatus() {
        return errorStatus;
    }

    /** Why the signature is invalid, or {@code "signature valid"}. */
    public String reason() {
        return reason;
    }

    /** Algorithm, AccessKey ID, and error code and reason when invalid. */
    @Override
    public String toString() {
        return "SignatureCheck[" + algorithm + (accessKeyId == null ? "" : ", accessKeyId=" + accessKeyId)
                + (errorCode == null ? ", valid" : ", " + errorStatus + " " + errorCode + ": " + reason) + "]";
    }
}
