package app.peach.coaching;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

import app.peach.web.CallerKey;

/**
 * Coach API keys: 256 random bits, URL-safe base64 with a {@code pk_} prefix, shown once; only their
 * SHA-256 hash is stored. Keys are high-entropy random values, so an unsalted fast hash is the standard
 * choice (a password hash would only slow every request).
 */
public final class ApiKeys {
    private static final SecureRandom RANDOM = new SecureRandom();
    static final String PREFIX = "pk_";

    private ApiKeys() {
    }

    public static String newKey() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The stored form of a key: the same SHA-256 hex that the HTTP edge takes of a presented key. */
    public static String hash(String key) {
        return CallerKey.sha256(key);
    }

    /** Constant-time comparison of two secrets (or hashes). */
    public static boolean sameSecret(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }
}
