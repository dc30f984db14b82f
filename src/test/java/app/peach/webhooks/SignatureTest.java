package app.peach.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;

import org.junit.jupiter.api.Test;

class SignatureTest {

    /**
     * The Standard Webhooks reference libraries' signing test vector (standard-webhooks/standard-webhooks,
     * libraries/go/webhook_test.go, TestWebhookSign): secret whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw, id
     * msg_p5jXN8AQM9LWM0D4loKWxJek, timestamp 1614265330, body {"test": 2432232314}.
     */
    @Test
    void shouldSignThePublishedTestVector() {
        byte[] key = Base64.getDecoder().decode("MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");
        assertThat(Signature.sign(key, "msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330L, "{\"test\": 2432232314}"))
                .isEqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
    }

    @Test
    void shouldShowSecretsAsWhsecAndBase64OfTheKeyBytes() {
        byte[] key = Signature.newKey();
        String secret = Signature.secret(key);
        assertThat(secret).startsWith("whsec_");
        byte[] decoded = Base64.getDecoder().decode(secret.substring("whsec_".length()));
        assertThat(decoded).hasSizeGreaterThanOrEqualTo(24).isEqualTo(key);
        assertThat(Signature.newKey()).isNotEqualTo(key);
    }
}
