package app.peach.coaching;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;

/**
 * The operator's admin key ({@code peach.admin-key} / {@code PEACH_ADMIN_KEY}). There is no default: without
 * one the admin endpoints are off, and the start-up log says so. The key itself is never logged.
 */
@ApplicationScoped
public class AdminKey {
    private static final Logger LOG = Logger.getLogger(AdminKey.class);
    private final Optional<String> hash;

    AdminKey(@ConfigProperty(name = "peach.admin-key") Optional<String> key) {
        this.hash = key.filter(k -> !k.isBlank()).map(ApiKeys::hash);
    }

    void announce(@Observes StartupEvent start) {
        if (hash.isEmpty()) {
            LOG.warn("No peach.admin-key (PEACH_ADMIN_KEY) configured: the admin endpoints are disabled");
        }
    }

    public boolean enabled() {
        return hash.isPresent();
    }

    /** Whether a presented key's SHA-256 hash is the admin key's, compared in constant time. */
    public boolean matchesHash(String presentedHash) {
        return hash.isPresent() && ApiKeys.sameSecret(hash.get(), presentedHash);
    }
}
