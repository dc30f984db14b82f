package app.peach.web;

import jakarta.inject.Singleton;

import io.github.bucket4j.TimeMeter;

/**
 * The clock of every rate-limit bucket: wall-clock milliseconds, the only time that means the same on every
 * replica (the shared buckets store their last refill as such a time). A test replaces this bean to step time.
 */
@Singleton
public class RateLimitClock implements TimeMeter {

    @Override
    public long currentTimeNanos() {
        return System.currentTimeMillis() * 1_000_000L;
    }

    @Override
    public boolean isWallClockBased() {
        return true;
    }
}
