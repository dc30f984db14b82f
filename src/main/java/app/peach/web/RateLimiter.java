package app.peach.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Token-bucket rate limits in front of /api (Bucket4j): one bucket per API key (its hash, never the key) for
 * calls with {@code Authorization: Bearer}, one per client IP otherwise. Over the limit: 429 problem with
 * Retry-After. Buckets live in a bounded cache that forgets idle callers, so a flood of addresses cannot
 * grow memory without limit.
 */
@Singleton
public class RateLimiter {
    private static final int MAX_TRACKED_CALLERS = 100_000;
    private final RateLimitConfig config;
    private final Cache<String, Bucket> buckets = Caffeine.newBuilder().maximumSize(MAX_TRACKED_CALLERS)
            .expireAfterAccess(Duration.ofMinutes(10)).build();
    private final ObjectMapper json;

    RateLimiter(RateLimitConfig config, ObjectMapper json) {
        this.config = config;
        this.json = json;
    }

    void register(@Observes Router router) {
        if (config.enabled()) {
            router.route("/api/*").order(-1000).handler(this::limit);
        }
    }

    void limit(RoutingContext ctx) {
        String auth = ctx.request().getHeader("Authorization");
        boolean keyed = auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7) && auth.length() > 7;
        var address = ctx.request().remoteAddress();
        String caller = keyed ? "key:" + sha256(auth.substring(7).trim()) : "ip:" + (address == null ? "unknown" : address.host());
        long perMinute = keyed ? config.perKeyPerMinute() : config.perIpPerMinute();
        Bucket bucket = buckets.get(caller, k -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)).build())
                .build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            ctx.next();
            return;
        }
        long retryAfter = Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L);
        String who = keyed ? "this API key" : "this address";
        Problems.send(ctx, 429, Problems.encode(json, Problems.of(429,
                "More than " + perMinute + " requests a minute from " + who + "; retry after " + retryAfter + " s.")),
                "Retry-After", String.valueOf(retryAfter));
    }

    private static String sha256(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
