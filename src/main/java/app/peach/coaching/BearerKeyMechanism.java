package app.peach.coaching;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import app.peach.web.CallerKey;
import app.peach.web.KeyCheckFailures;
import io.quarkus.security.credential.TokenCredential;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpCredentialTransport;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;

/**
 * {@code Authorization: Bearer <key>}: hands the key, with the hash the rate limiter already took of it, to
 * {@link KeyIdentityProvider}. No header means an anonymous caller (the calculators are open); protected
 * resources then answer 401. A key that matches nothing is counted against the caller's address
 * ({@link KeyCheckFailures}) before the answer leaves, so the next call already sees the count.
 */
@ApplicationScoped
public class BearerKeyMechanism implements HttpAuthenticationMechanism {
    private final KeyCheckFailures failures;

    BearerKeyMechanism(KeyCheckFailures failures) {
        this.failures = failures;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identityProviderManager) {
        String key = CallerKey.of(context);
        if (key == null) {
            return Uni.createFrom().optional(java.util.Optional.empty());
        }
        TokenAuthenticationRequest request = new TokenAuthenticationRequest(new TokenCredential(key, "bearer"));
        request.setAttribute(KeyIdentityProvider.KEY_HASH, CallerKey.hash(context));
        return identityProviderManager.authenticate(request)
                .onFailure(KeyIdentityProvider::isUnknownKey)
                .call(() -> Uni.createFrom().completionStage(failures.record(context)));
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return Uni.createFrom().item(new ChallengeData(401, "WWW-Authenticate", "Bearer"));
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(TokenAuthenticationRequest.class);
    }

    @Override
    public Uni<HttpCredentialTransport> getCredentialTransport(RoutingContext context) {
        return Uni.createFrom().item(new HttpCredentialTransport(HttpCredentialTransport.Type.AUTHORIZATION, "bearer"));
    }
}
