package app.peach.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

/** RateLimit-Reset is the time until the window refills, even when replicas overdrew the bucket. */
class RateLimitResetTest {
    private static final SharedBuckets.Limit PER_MINUTE = new SharedBuckets.Limit("key", 200, Duration.ofMinutes(1), 10);

    @Test
    void shouldReportTheNextRefillNotTheTimeUntilTheBucketIsFull() {
        // full in 109 s = this window's last 49 s + one more window of 60 s: the window refills in 49 s
        assertThat(RateLimiter.untilWindowRefills(seconds(109), PER_MINUTE)).isEqualTo(seconds(49));
        // not overdrawn: the bucket is full when the window refills
        assertThat(RateLimiter.untilWindowRefills(seconds(60), PER_MINUTE)).isEqualTo(seconds(60));
        assertThat(RateLimiter.untilWindowRefills(seconds(12), PER_MINUTE)).isEqualTo(seconds(12));
        // two windows overdrawn, 1 s into the window: 60 + 60 + 59 s until full, 59 s until the refill
        assertThat(RateLimiter.untilWindowRefills(seconds(179), PER_MINUTE)).isEqualTo(seconds(59));
        // a full bucket has nothing to refill
        assertThat(RateLimiter.untilWindowRefills(0, PER_MINUTE)).isZero();
    }

    private static long seconds(long s) {
        return Duration.ofSeconds(s).toNanos();
    }
}
