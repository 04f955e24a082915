package dev.ackgen.runtime.signing;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Hashes and MACs. JCA instances are kept per thread (looking one up costs more than using it,
 * on every call of every request), so nothing mutable is shared between threads; a MAC is keyed
 * afresh on each use. Messages of the exceptions thrown here name the algorithm only.
 */
final class Digests {
    private static final char[] HEX = "0123456789abcdef".toCharArray();
    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> instance("SHA-256"));
    private static final ThreadLocal<Mac> HMAC_SHA256 = ThreadLocal.withInitial(() -> mac("HmacSHA256"));
    private static final ThreadLocal<Mac> HMAC_SHA1 = ThreadLocal.withInitial(() -> mac("HmacSHA1"));

    private Digests() {}

    static byte[] sha256(byte[] data) {
        return SHA256.get().digest(data); // digest() resets it for the next use
    }

    static String sha256Hex(byte[] data) {
        return hex(sha256(data));
    }

    /** HMAC of the UTF-8 bytes of {@code data} keyed with the UTF-8 bytes of {@code secret}. */
    static byte[] hmac(String algorithm, String secret, String data) {
        try {
            Mac mac = switch (algorithm) {
                case "HmacSHA256" -> HMAC_SHA256.get();
                case "HmacSHA1" -> HMAC_SHA1.get();
                default -> Mac.getInstance(algorithm);
            };
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), algorithm));
            return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            // Never chain e: a provider could have put key material into its message.
            throw new IllegalStateException(algorithm + " is not available or rejected the key");
        }
    }

    private static MessageDigest instance(String algorithm) {
        try {
            return MessageDigest.getInstance(algorithm);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(algorithm + " is not available", e);
        }
    }

    private static Mac mac(String algorithm) {
        try {
            return Mac.getInstance(algorithm);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(algorithm + " is not available", e);
        }
    }

    /** Lower-case hex. */
    static String hex(byte[] bytes) {
        char[] out = new char[bytes.length * 2];
        for (int i = 0; i < bytes.length; i++) {
            out[2 * i] = HEX[(bytes[i] >> 4) & 0x0F];
            out[2 * i + 1] = HEX[bytes[i] & 0x0F];
        }
        return new String(out);
    }
}
