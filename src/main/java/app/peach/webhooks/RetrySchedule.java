package app.peach.webhooks;

import java.time.Duration;
import java.util.function.DoubleSupplier;

/**
 * When a failed delivery is tried again: exponential backoff with jitter, as the Standard Webhooks
 * specification recommends ("Deliverability and reliability": a schedule spanning hours to days, exponential,
 * with random jitter so that retries do not arrive in waves). The n-th retry waits
 * {@code base × 4^(n-1)}, capped at 24 hours, times a random factor in [0.8, 1.2). With the default 30 s base and
 * 8 attempts: about 30 s, 2 min, 8 min, 32 min, 2 h 8 min, 8 h 32 min and 24 h after each failure, the last
 * attempt about 35 hours after the first; then the delivery is {@code failed}.
 */
final class RetrySchedule {
    static final int GROWTH = 4;
    static final Duration CAP = Duration.ofHours(24);
    static final double JITTER = 0.2;
    private final Duration base;
    private final int maxAttempts;
    private final DoubleSupplier random;

    RetrySchedule(Duration base, int maxAttempts, DoubleSupplier random) {
        if (base.isNegative() || base.isZero()) {
            throw new IllegalArgumentException("the backoff base must be positive");
        }
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("at least one attempt");
        }
        this.base = base;
        this.maxAttempts = maxAttempts;
        this.random = random;
    }

    int maxAttempts() {
        return maxAttempts;
    }

    /** The wait after failed attempt {@code attempt} (1-based), or null when it was the last one. */
    Duration delayAfter(int attempt) {
        if (attempt >= maxAttempts) {
            return null;
        }
        double nominal = Math.min(base.toMillis() * Math.pow(GROWTH, attempt - 1), CAP.toMillis());
        double factor = 1 - JITTER + 2 * JITTER * random.getAsDouble();
        return Duration.ofMillis(Math.max(1, Math.round(nominal * factor)));
    }

    /** The nominal (jitter-free) wait after failed attempt {@code attempt}, for documentation and tests. */
    Duration nominalDelayAfter(int attempt) {
        return Duration.ofMillis(Math.round(Math.min(base.toMillis() * Math.pow(GROWTH, attempt - 1), CAP.toMillis())));
    }
}
