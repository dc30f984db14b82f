package app.peach.coaching;

import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;

import io.quarkus.security.identity.SecurityIdentity;

/** The authenticated coach of the request (the identity's principal is the coach id). */
@RequestScoped
public class CurrentCoach {
    private final SecurityIdentity identity;

    CurrentCoach(SecurityIdentity identity) {
        this.identity = identity;
    }

    public UUID id() {
        UUID id = identity.getAttribute(KeyIdentityProvider.COACH_ID);
        return id != null ? id : UUID.fromString(identity.getPrincipal().getName());
    }
}
