package app.peach.coaching;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;

/**
 * Resolves a Bearer key by its SHA-256 hash (computed once per request, see {@link BearerKeyMechanism}): the
 * operator's admin key gives the admin role (hashes compared in constant time); a coach key gives the coach role
 * with the coach id as principal. Anything else fails as an unknown key, which counts as a failed key
 * check. Keys are never logged.
 * <p>
 * Coach keys found in the database are remembered for {@code peach.coaching.key-cache-ttl} (default 5 s) after
 * the lookup, in each replica: a coach call then needs no key query. That is also the revocation bound: a key
 * whose coach row is deleted (or whose hash is replaced) stops working on every replica within that time.
 * Unknown keys are never remembered, so a key works as soon as it is created.
 */
@ApplicationScoped
public class KeyIdentityProvider implements IdentityProvider<TokenAuthenticationRequest> {
    /** Request attribute with the key's hash, set by the mechanism. */
    static final String KEY_HASH = "app.peach.key-hash";
    static final String COACH_ID = "app.peach.coach-id";
    private static final String UNKNOWN_KEY = "app.peach.unknown-key";
    private static final int MAX_CACHED_KEYS = 10_000;
    private final AdminKey adminKey;
    private final CoachRepository coaches;
    private final Cache<String, SecurityIdentity> coachIdentities;

    KeyIdentityProvider(AdminKey adminKey, CoachRepository coaches,
            @ConfigProperty(name = "peach.coaching.key-cache-ttl", defaultValue = "5s") Duration keyCacheTtl) {
        this.adminKey = adminKey;
        this.coaches = coaches;
        // bookkeeping on the caller's thread, not a wake-up of a common-pool thread (see web.SharedBuckets)
        this.coachIdentities = Caffeine.newBuilder().executor(Runnable::run).maximumSize(MAX_CACHED_KEYS)
                .expireAfterWrite(keyCacheTtl).build();
    }

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request, AuthenticationRequestContext context) {
        String hash = request.getAttribute(KEY_HASH);
        if (hash == null) {
            hash = ApiKeys.hash(request.getToken().getToken());
        }
        if (adminKey.matchesHash(hash)) {
            return Uni.createFrom().item(QuarkusSecurityIdentity.builder().setPrincipal(() -> "admin")
                    .addRole(Roles.ADMIN).build());
        }
        SecurityIdentity known = coachIdentities.getIfPresent(hash);
        if (known != null) {
            return Uni.createFrom().item(known);
        }
        String keyHash = hash;
        return context.runBlocking(() -> coachIdentity(keyHash));
    }

    @ActivateRequestContext
    SecurityIdentity coachIdentity(String hash) {
        Coach coach = coaches.findByKeyHash(hash)
                .filter(c -> ApiKeys.sameSecret(c.apiKeyHash, hash))
                .orElseThrow(KeyIdentityProvider::unknownKey);
        UUID id = coach.id;
        String name = id.toString();
        SecurityIdentity identity = QuarkusSecurityIdentity.builder().setPrincipal(() -> name).addRole(Roles.COACH)
                .addAttribute(COACH_ID, id).build();
        coachIdentities.put(hash, identity);
        return identity;
    }

    /** A key that is neither the admin key nor any coach's: a failed key check (unlike a database failure). */
    static AuthenticationFailedException unknownKey() {
        return new AuthenticationFailedException("unknown API key", Map.of(UNKNOWN_KEY, Boolean.TRUE));
    }

    static boolean isUnknownKey(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof AuthenticationFailedException a && Boolean.TRUE.equals(a.getAttribute(UNKNOWN_KEY))) {
                return true;
            }
        }
        return false;
    }
}
