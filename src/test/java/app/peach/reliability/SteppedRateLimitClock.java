package app.peach.reliability;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;

import app.peach.web.RateLimitClock;

/** The rate-limit clock, stepped forward by a test instead of waiting (enabled by a test profile). */
@Alternative
@Singleton
public class SteppedRateLimitClock extends RateLimitClock {
    private final AtomicLong offsetMillis = new AtomicLong();

    @Override
    public long currentTimeNanos() {
        return (System.currentTimeMillis() + offsetMillis.get()) * 1_000_000L;
    }

    void advance(Duration by) {
        offsetMillis.addAndGet(by.toMillis());
    }
}
