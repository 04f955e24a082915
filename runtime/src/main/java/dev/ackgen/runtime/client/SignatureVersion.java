package dev.ackgen.runtime.client;

import dev.ackgen.runtime.signing.AcsV3Signer;
import dev.ackgen.runtime.signing.RequestSigner;
import dev.ackgen.runtime.signing.RoaV1Signer;
import java.time.Instant;

/** Which Alibaba Cloud signature a client puts on its requests. */
public enum SignatureVersion {
    /** {@code ACS3-HMAC-SHA256}: the official SDK's default; covers the body. */
    V3(AcsV3Signer.INSTANCE, "x-acs-date") {
        @Override
        String date(Instant now) {
            return AcsV3Signer.timestamp(now);
        }
    },
    /** The older ROA {@code HMAC-SHA1} scheme ({@code signatureAlgorithm = "v2"} in the SDK). */
    V1(RoaV1Signer.INSTANCE, "date") {
        @Override
        String date(Instant now) {
            return RoaV1Signer.date(now);
        }
    };

    private final RequestSigner signer;
    private final String dateHeader;

    SignatureVersion(RequestSigner signer, String dateHeader) {
        this.signer = signer;
        this.dateHeader = dateHeader;
    }

    /** The signer of this version. */
    public RequestSigner signer() {
        return signer;
    }

    /** The header that carries the request time, as this version signs it. */
    String dateHeader() {
        return dateHeader;
    }

    /** The request time as this version writes it. */
    abstract String date(Instant now);
}
