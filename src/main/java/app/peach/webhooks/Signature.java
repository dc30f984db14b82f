package app.peach.webhooks;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Standard Webhooks symmetric signatures (specification 1.0.0, "Signature scheme"): the signed content is
 * {@code {webhook-id}.{webhook-timestamp}.{body}}, signed with HMAC-SHA256 under the secret's key bytes (the
 * base64 after {@code whsec_}), sent as {@code v1,<base64 signature>} in {@code webhook-signature}.
 */
final class Signature {
    static final String SECRET_PREFIX = "whsec_";
    /** The specification allows 24 to 64 random bytes; Peach uses 32 (256 bits, the HMAC-SHA256 block's half). */
    static final int KEY_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private Signature() {
    }

    /** Fresh random key bytes for a new subscription. */
    static byte[] newKey() {
        byte[] key = new byte[KEY_BYTES];
        RANDOM.nextBytes(key);
        return key;
    }

    /** The secret as shown to the coach once: {@code whsec_} + base64 of the key bytes. */
    static String secret(byte[] key) {
        return SECRET_PREFIX + Base64.getEncoder().encodeToString(key);
    }

    /** The {@code webhook-signature} header value for one attempt. */
    static String sign(byte[] key, String messageId, long unixSeconds, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            byte[] signed = mac.doFinal((messageId + "." + unixSeconds + "." + body).getBytes(StandardCharsets.UTF_8));
            return "v1," + Base64.getEncoder().encodeToString(signed);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
