package app.peach.idempotency;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Stored answers are encrypted (AES-256-GCM) with a key derived from the caller's own API key (HMAC-SHA-256 of a
 * fixed label), so the table never holds a coach's data, or the API key a new coach is shown once, in the clear:
 * only a request carrying the same key can read its stored answer back. The scope and key are the associated data,
 * so a body cannot be moved to another row.
 */
final class StoredBodies {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final byte[] LABEL = "peach idempotency v1".getBytes(StandardCharsets.UTF_8);
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private final SecretKeySpec key;

    private StoredBodies(SecretKeySpec key) {
        this.key = key;
    }

    /** The cipher of the caller holding {@code apiKey}. */
    static StoredBodies of(String apiKey) {
        try {
            Mac hmac = Mac.getInstance("HmacSHA256");
            hmac.init(new SecretKeySpec(apiKey.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return new StoredBodies(new SecretKeySpec(hmac.doFinal(LABEL), "AES"));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    byte[] seal(byte[] plain, String scope, String idempotencyKey) {
        byte[] iv = new byte[IV_BYTES];
        RANDOM.nextBytes(iv);
        byte[] sealed = run(Cipher.ENCRYPT_MODE, iv, plain, scope, idempotencyKey);
        return ByteBuffer.allocate(IV_BYTES + sealed.length).put(iv).put(sealed).array();
    }

    byte[] open(byte[] stored, String scope, String idempotencyKey) {
        byte[] iv = java.util.Arrays.copyOf(stored, IV_BYTES);
        return run(Cipher.DECRYPT_MODE, iv, java.util.Arrays.copyOfRange(stored, IV_BYTES, stored.length), scope,
                idempotencyKey);
    }

    private byte[] run(int mode, byte[] iv, byte[] input, String scope, String idempotencyKey) {
        try {
            Cipher aes = Cipher.getInstance("AES/GCM/NoPadding");
            aes.init(mode, key, new GCMParameterSpec(TAG_BITS, iv));
            aes.updateAAD((scope + "\n" + idempotencyKey).getBytes(StandardCharsets.UTF_8));
            return aes.doFinal(input);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("stored answer could not be " + (mode == Cipher.ENCRYPT_MODE ? "sealed" : "opened"), e);
        }
    }
}
