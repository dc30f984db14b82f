package app.peach.web;

import java.util.concurrent.TimeUnit;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.github.bucket4j.ConsumptionProbe;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Rate limits in front of /api, shared by every replica ({@link SharedBuckets}): one bucket per API key (its
 * hash, never the key) for calls with {@code Authorization: Bearer}, one per client address otherwise, each
 * refilled once a minute. Every /api response carries {@code RateLimit-Limit}, {@code RateLimit-Remaining} and
 * {@code RateLimit-Reset} (seconds until the window refills); over the limit: 429 problem with Retry-After.
 * A call carrying a key from an address blocked for guessing keys ({@link KeyCheckFailures}) answers 429 before
 * anything else. The handler never blocks the event loop: a decision that needs PostgreSQL resumes the request
 * when it arrives (Quarkus keeps the request body paused meanwhile).
 */
@Singleton
public class RateLimiter {
    private static final Logger LOG = Logger.getLogger(RateLimiter.class);
    // encoded once (Vert.x's optimized header names), not on every answer
    static final CharSequence LIMIT = HttpHeaders.createOptimized("RateLimit-Limit");
    static final CharSequence REMAINING = HttpHeaders.createOptimized("RateLimit-Remaining");
    static final CharSequence RESET = HttpHeaders.createOptimized("RateLimit-Reset");
    private final RateLimitConfig config;
    private final SharedBuckets buckets;
    private final KeyCheckFailures failures;
    private final SharedBuckets.Limit perKey;
    private final SharedBuckets.Limit perIp;
    private final ObjectMapper json;
    private final ClientAddress clientAddress;

    RateLimiter(RateLimitConfig config, SharedBuckets buckets, KeyCheckFailures failures, ObjectMapper json,
            ClientAddress clientAddress) {
        this.config = config;
        this.buckets = buckets;
        this.failures = failures;
        this.json = json;
        this.clientAddress = clientAddress;
        this.perKey = perMinute("key", config.perKeyPerMinute());
        this.perIp = perMinute("ip", config.perIpPerMinute());
    }

    private SharedBuckets.Limit perMinute(String name, long tokens) {
        return new SharedBuckets.Limit(name, tokens, java.time.Duration.ofMinutes(1), (long) (tokens * config.syncShare()));
    }

    void register(@Observes Router router) {
        if (config.enabled()) {
            // before every other /api handler (the body-size check too), so that every /api response has the headers
            router.route("/api/*").order(-2500).handler(this::limit);
        }
    }

    void limit(RoutingContext ctx) {
        String keyHash = CallerKey.hash(ctx);
        String address = clientAddress.of(ctx);
        Context context = Vertx.currentContext();
        if (keyHash == null) {
            buckets.tryConsume(perIp, address).whenComplete((probe, error) -> on(context,
                    () -> admit(ctx, perIp, probe, error, "this address")));
            return;
        }
        failures.blockedFor(address).whenComplete((nanos, error) -> on(context, () -> {
            if (error == null && nanos > 0) {
                refuseGuessing(ctx, nanos);
            } else {
                buckets.tryConsume(perKey, keyHash).whenComplete((probe, failure) -> on(context,
                        () -> admit(ctx, perKey, probe, failure, "this API key")));
            }
        }));
    }

    private void admit(RoutingContext ctx, SharedBuckets.Limit limit, ConsumptionProbe probe, Throwable error, String who) {
        if (error != null) { // SharedBuckets falls back to local buckets, so this is a bug: never block traffic on it
            LOG.error("Rate limit not decided; request let through", error);
            ctx.next();
            return;
        }
        var headers = ctx.response().headers();
        headers.set(LIMIT, Long.toString(limit.tokens()));
        headers.set(REMAINING, Long.toString(Math.max(0, probe.getRemainingTokens())));
        headers.set(RESET, Long.toString(seconds(untilWindowRefills(probe.getNanosToWaitForReset(), limit))));
        if (probe.isConsumed()) {
            ctx.next();
            return;
        }
        long retryAfter = Math.max(1, seconds(probe.getNanosToWaitForRefill()));
        Problems.send(ctx, 429, Problems.encode(json, Problems.of(429,
                "More than " + limit.tokens() + " requests a minute from " + who + "; retry after " + retryAfter + " s.")),
                "Retry-After", String.valueOf(retryAfter));
    }

    private void refuseGuessing(RoutingContext ctx, long nanos) {
        long retryAfter = Math.max(1, seconds(nanos));
        SharedBuckets.Limit limit = failures.limit();
        var headers = ctx.response().headers();
        headers.set(LIMIT, Long.toString(limit.tokens()));
        headers.set(REMAINING, "0");
        headers.set(RESET, Long.toString(retryAfter));
        Problems.send(ctx, 429, Problems.encode(json, Problems.of(429, "More than " + limit.tokens()
                + " failed key checks from this address within " + limit.window().toSeconds()
                + " s: calls with a key are refused until the window ends; retry after " + retryAfter + " s.")),
                "Retry-After", String.valueOf(retryAfter));
    }

    /** Runs on the request's event-loop context: inline when already there (the usual, no-round-trip case). */
    private static void on(Context context, Runnable action) {
        if (context == null || Vertx.currentContext() == context) {
            action.run();
        } else {
            context.runOnContext(v -> action.run());
        }
    }

    /**
     * The time until the window refills. Bucket4j reports the time until the bucket is full, which is the end of
     * this window unless replicas overdrew it (then it is full only a window or more later); windows refill at
     * fixed intervals, so the next refill is that time less whole windows.
     */
    static long untilWindowRefills(long nanosUntilFull, SharedBuckets.Limit limit) {
        long window = limit.window().toNanos();
        return nanosUntilFull <= 0 ? 0 : (nanosUntilFull - 1) % window + 1;
    }

    private static long seconds(long nanos) {
        return (nanos + TimeUnit.SECONDS.toNanos(1) - 1) / TimeUnit.SECONDS.toNanos(1);
    }
}
