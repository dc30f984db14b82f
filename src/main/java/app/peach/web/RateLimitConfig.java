package app.peach.web;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Rate limits on /api: per API key for authenticated calls, per client IP for the open calculators, and per
 * address on failed key checks. Every limit is shared by all replicas through PostgreSQL.
 */
@ConfigMapping(prefix = "peach.rate-limit")
public interface RateLimitConfig {
    /** Off only for measuring the framework alone. */
    @WithDefault("true")
    boolean enabled();

    /** Requests a minute from one client IP without a key (the open endpoints). */
    @WithDefault("600")
    long perIpPerMinute();

    /** Requests a minute with one API key (a coach's dashboard, an app's backend). */
    @WithDefault("3000")
    long perKeyPerMinute();

    /** Failed key checks (unknown coach key, wrong admin key) from one address in a window before it is blocked. */
    @WithDefault("20")
    long failedKeyChecks();

    /** The window of the failed-key-check limit; an address over it is blocked until the window ends. */
    @WithDefault("60s")
    Duration failedKeyCheckWindow();

    /**
     * The share of a limit one replica may admit on its own view before it synchronizes with PostgreSQL
     * (Bucket4j's delaying optimization): with R replicas a caller gets at most limit × (1 + R × share) in a
     * window. 0.05 keeps two replicas within 10 % over.
     */
    @WithDefault("0.05")
    double syncShare();

    /** The longest a replica answers from its own view of a bucket before it synchronizes. */
    @WithDefault("1s")
    Duration syncInterval();

    /** How long a replica waits for PostgreSQL before it decides with a bucket of its own. */
    @WithDefault("1s")
    Duration syncTimeout();

    /** After PostgreSQL failed or was slow, how long a replica uses buckets of its own before trying it again. */
    @WithDefault("5s")
    Duration localFallback();
}
