package app.peach.webhooks;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A receiver's check, written from the Standard Webhooks specification 1.0.0 ("Verifying signatures"), not from
 * Peach's signer: the key is the base64 after {@code whsec_}; the signed content is
 * {@code webhook-id.webhook-timestamp.body}; the header is a space-separated list of {@code version,signature};
 * a {@code v1} signature must match in constant time; the timestamp must be within 5 minutes of now. It is the
 * Java example of the OpenAPI description and docs/webhooks.md, so the published example is what is tested.
 */
final class StandardWebhooksVerifier {
    static final long TOLERANCE_SECONDS = 5 * 60;

    private StandardWebhooksVerifier() {
    }

    static void verify(String secret, Map<String, String> headers, String body, long nowSeconds) throws Exception {
        byte[] key = Base64.getDecoder().decode(secret.substring("whsec_".length()));
        String id = headers.get("webhook-id"), ts = headers.get("webhook-timestamp");
        if (Math.abs(nowSeconds - Long.parseLong(ts)) > TOLERANCE_SECONDS) throw new SecurityException("stale");
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        byte[] expected = Base64.getEncoder().encode(mac.doFinal((id + "." + ts + "." + body).getBytes(UTF_8)));
        boolean valid = Arrays.stream(headers.get("webhook-signature").split(" "))
                .anyMatch(s -> s.startsWith("v1,") && MessageDigest.isEqual(s.substring(3).getBytes(UTF_8), expected));
        if (!valid) throw new SecurityException("bad signature");
    }
}
