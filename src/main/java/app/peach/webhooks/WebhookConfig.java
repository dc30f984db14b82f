package app.peach.webhooks;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import jakarta.validation.constraints.Min;

import org.hibernate.validator.constraints.time.DurationMax;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** {@code peach.webhooks.*}: where webhooks may go, the key that seals their secrets, and how they are retried. */
@ConfigMapping(prefix = "peach.webhooks")
public interface WebhookConfig {

    /** Hosts that may be called over plain http and at loopback/private addresses (comma-separated; none by default). */
    Optional<List<String>> allowedHosts();

    /**
     * Base64 of 32 random bytes (e.g. {@code openssl rand -base64 32}): the AES-256-GCM key that seals the
     * subscriptions' signing secrets. Without one, subscriptions cannot be created (503) and nothing is sent.
     */
    Optional<String> secretKey();

    /**
     * The first retry's nominal wait; the n-th retry waits base × 4^(n-1), ±20 % jitter, at most 24 h. At most
     * 50 s, so that the first retry comes within the contract's 60 s even with the jitter.
     */
    @WithDefault("30S")
    @DurationMax(seconds = 50)
    Duration backoffBase();

    /** Attempts per delivery before it is {@code failed}: at least the contract's 5. */
    @WithDefault("8")
    @Min(5)
    int maxAttempts();

    /** One attempt's deadline, from connecting to the end of the response (read at most 4 KB). */
    @WithDefault("5S")
    Duration timeout();

    /** How often each replica looks for due deliveries (a write on this replica also wakes it at once). */
    @WithDefault("1S")
    Duration pollInterval();

    /** Whether this replica sends deliveries (an API-only replica may leave it to the others). */
    @WithDefault("true")
    boolean dispatchEnabled();

    /**
     * Attempts one replica has open at once (sent or waiting for one of the 32 connections per receiver); also
     * the most one claim takes. 256: under bench/run's write load a claim then takes every delivery that came
     * due in the last 100 ms, rather than a few at a time as slots free up.
     */
    @WithDefault("256")
    int maxInFlight();

    /** Delivered and failed deliveries (and their attempts) are deleted after this long. */
    @WithDefault("720H")
    Duration retention();

    /** Subscriptions one coach may have. */
    @WithDefault("20")
    int maxPerCoach();
}
