package app.peach.coaching;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;

/**
 * Resolves a Bearer key: the operator's admin key gives the admin role; a coach key (looked up by its
 * SHA-256 hash, then compared in constant time) gives the coach role with the coach id as principal.
 * Anything else fails authentication. Keys are never logged.
 */
@ApplicationScoped
public class KeyIdentityProvider implements IdentityProvider<TokenAuthenticationRequest> {
    private final AdminKey adminKey;
    private final CoachRepository coaches;

    KeyIdentityProvider(AdminKey adminKey, CoachRepository coaches) {
        this.adminKey = adminKey;
        this.coaches = coaches;
    }

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request, AuthenticationRequestContext context) {
        String key = request.getToken().getToken();
        if (adminKey.matches(key)) {
            return Uni.createFrom().item(QuarkusSecurityIdentity.builder().setPrincipal(() -> "admin")
                    .addRole(Roles.ADMIN).build());
        }
        return context.runBlocking(() -> coachIdentity(key));
    }

    @ActivateRequestContext
    SecurityIdentity coachIdentity(String key) {
        String hash = ApiKeys.hash(key);
        Coach coach = coaches.findByKeyHash(hash)
                .filter(c -> ApiKeys.sameSecret(c.apiKeyHash, hash))
                .orElseThrow(() -> new AuthenticationFailedException("unknown API key"));
        String id = coach.id.toString();
        return QuarkusSecurityIdentity.builder().setPrincipal(() -> id).addRole(Roles.COACH).build();
    }
}
