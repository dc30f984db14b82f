package app.peach.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.GeneralSecurityException;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class SecretBoxTest {
    private static final byte[] KEY = new byte[32];
    private static final byte[] OTHER_KEY = new byte[32];
    static {
        for (int i = 0; i < 32; i++) {
            KEY[i] = (byte) i;
            OTHER_KEY[i] = (byte) (100 + i);
        }
    }

    @Test
    void shouldOpenWhatItSealedAndNeverStoreThePlainKey() throws Exception {
        SecretBox box = new SecretBox(KEY);
        UUID owner = UUID.randomUUID();
        byte[] signingKey = Signature.newKey();
        byte[] sealed = box.seal(owner, signingKey);
        assertThat(sealed).hasSize(12 + 32 + 16); // nonce, ciphertext, tag
        assertThat(new String(sealed, java.nio.charset.StandardCharsets.ISO_8859_1))
                .doesNotContain(new String(signingKey, java.nio.charset.StandardCharsets.ISO_8859_1));
        assertThat(box.open(owner, sealed)).isEqualTo(signingKey);
        assertThat(box.seal(owner, signingKey)).as("a fresh nonce each time").isNotEqualTo(sealed);
    }

    @Test
    void shouldRefuseAnotherKeyAnotherRowOrAChangedValue() {
        SecretBox box = new SecretBox(KEY);
        UUID owner = UUID.randomUUID();
        byte[] sealed = box.seal(owner, Signature.newKey());
        assertThatThrownBy(() -> new SecretBox(OTHER_KEY).open(owner, sealed)).isInstanceOf(GeneralSecurityException.class);
        assertThatThrownBy(() -> box.open(UUID.randomUUID(), sealed)).isInstanceOf(GeneralSecurityException.class);
        byte[] changed = sealed.clone();
        changed[20] ^= 1;
        assertThatThrownBy(() -> box.open(owner, changed)).isInstanceOf(GeneralSecurityException.class);
    }

    @Test
    void shouldTakeOnly256BitKeys() {
        assertThatThrownBy(() -> new SecretBox(new byte[16])).isInstanceOf(IllegalArgumentException.class);
    }
}
