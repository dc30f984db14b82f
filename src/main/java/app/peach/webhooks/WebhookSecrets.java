package app.peach.webhooks;

import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import app.peach.vocabulary.Unavailable;

/**
 * The operator's key ({@code peach.webhooks.secret-key}) and what it seals. Without a key, Peach derives or
 * invents none: a key made up at start would not survive a restart and would differ between replicas, so
 * every stored secret would silently stop working. Instead creating a subscription answers 503 and saying why,
 * and the dispatcher waits (nothing pending is lost). A key that is set but malformed stops the start.
 */
@ApplicationScoped
public class WebhookSecrets {
    private static final Logger LOG = Logger.getLogger(WebhookSecrets.class);
    static final String NOT_CONFIGURED = "Webhooks are not configured on this server: the operator must set "
            + "peach.webhooks.secret-key (PEACH_WEBHOOKS_SECRET_KEY), base64 of 32 random bytes.";
    private final SecretBox box;

    WebhookSecrets(WebhookConfig config) {
        Optional<String> key = config.secretKey().map(String::strip).filter(k -> !k.isEmpty());
        if (key.isEmpty()) {
            LOG.warn("No peach.webhooks.secret-key is set: webhook subscriptions cannot be created and nothing is "
                    + "delivered until one is (base64 of 32 random bytes, e.g. openssl rand -base64 32).");
            box = null;
            return;
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(key.get());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("peach.webhooks.secret-key is not base64");
        }
        if (bytes.length != SecretBox.KEY_BYTES) {
            throw new IllegalStateException("peach.webhooks.secret-key must be base64 of " + SecretBox.KEY_BYTES
                    + " bytes, not " + bytes.length);
        }
        box = new SecretBox(bytes);
    }

    boolean configured() {
        return box != null;
    }

    byte[] seal(UUID subscriptionId, byte[] signingKey) {
        if (box == null) {
            throw new Unavailable(NOT_CONFIGURED);
        }
        return box.seal(subscriptionId, signingKey);
    }

    byte[] open(UUID subscriptionId, byte[] sealed) throws GeneralSecurityException {
        if (box == null) {
            throw new GeneralSecurityException("no peach.webhooks.secret-key is configured");
        }
        return box.open(subscriptionId, sealed);
    }
}
