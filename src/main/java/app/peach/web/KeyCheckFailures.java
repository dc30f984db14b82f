package app.peach.web;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import jakarta.inject.Singleton;

import io.vertx.ext.web.RoutingContext;

/**
 * The limit on guessing keys (the contract's "Coaches and their clients"): each failed key check (a key that is
 * neither a coach's nor the admin key) takes a token from its address's bucket, shared by every replica; once
 * {@code failed-key-checks} are gone in a window, every call from that address that carries a key answers 429
 * until the window ends. The check itself is local to a replica for at most {@code sync-interval}, so a block
 * reached through another replica applies here within that time (and at once after this replica's own failure).
 */
@Singleton
public class KeyCheckFailures {
    private static final CompletableFuture<Void> DONE = CompletableFuture.completedFuture(null);
    private final RateLimitConfig config;
    private final SharedBuckets buckets;
    private final SharedBuckets.Limit limit;
    private final ClientAddress address;

    KeyCheckFailures(RateLimitConfig config, SharedBuckets buckets, ClientAddress address) {
        this.config = config;
        this.buckets = buckets;
        this.address = address;
        this.limit = new SharedBuckets.Limit("failed-key-checks", config.failedKeyChecks(), config.failedKeyCheckWindow(), 1);
    }

    SharedBuckets.Limit limit() {
        return limit;
    }

    /** Nanoseconds until this address may send keys again; 0 when it may now. */
    CompletableFuture<Long> blockedFor(String address) {
        return buckets.estimate(limit, address)
                .thenApply(p -> p.canBeConsumed() ? 0L : Math.max(1L, p.getNanosToWaitForRefill()));
    }

    /** Counts a failed key check against the request's address; completes once every replica can see it. */
    public CompletionStage<Void> record(RoutingContext ctx) {
        if (!config.enabled()) {
            return DONE;
        }
        return buckets.tryConsumeAndSync(limit, address.of(ctx)).thenApply(probe -> null);
    }
}
