package app.peach.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class RetryScheduleTest {
    private static final Duration DEFAULT_BASE = Duration.ofSeconds(30);
    private static final int DEFAULT_ATTEMPTS = 8;

    @Test
    void shouldWaitBaseTimesFourToTheRetryNumberCappedAtADay() {
        RetrySchedule s = new RetrySchedule(DEFAULT_BASE, DEFAULT_ATTEMPTS, () -> 0.5); // factor 0.8 + 0.4 × 0.5 = 1
        // 30 s × 4^(n-1): 30 s, 120 s, 480 s, 1,920 s, 7,680 s, 30,720 s; 122,880 s is capped at 86,400 s
        assertThat(s.delayAfter(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(s.delayAfter(2)).isEqualTo(Duration.ofSeconds(120));
        assertThat(s.delayAfter(3)).isEqualTo(Duration.ofSeconds(480));
        assertThat(s.delayAfter(4)).isEqualTo(Duration.ofSeconds(1920));
        assertThat(s.delayAfter(5)).isEqualTo(Duration.ofSeconds(7680));
        assertThat(s.delayAfter(6)).isEqualTo(Duration.ofSeconds(30720));
        assertThat(s.delayAfter(7)).isEqualTo(Duration.ofHours(24));
        assertThat(s.delayAfter(8)).as("after the last attempt: failed").isNull();
    }

    @Test
    void shouldRetryFirstWithinAMinuteEvenWithTheLongestJitter() {
        RetrySchedule longest = new RetrySchedule(DEFAULT_BASE, DEFAULT_ATTEMPTS, () -> 0.999_999);
        // 30 s × 1.2 = 36 s
        assertThat(longest.delayAfter(1)).isLessThanOrEqualTo(Duration.ofSeconds(36)).isLessThan(Duration.ofSeconds(60));
    }

    @Test
    void shouldMakeAtLeastFiveAttemptsOverAtLeastAnHourEvenWithTheShortestJitter() {
        RetrySchedule shortest = new RetrySchedule(DEFAULT_BASE, DEFAULT_ATTEMPTS, () -> 0.0);
        assertThat(shortest.maxAttempts()).isGreaterThanOrEqualTo(5);
        Duration span = Duration.ZERO;
        for (int attempt = 1; attempt < shortest.maxAttempts(); attempt++) {
            span = span.plus(shortest.delayAfter(attempt));
        }
        // 0.8 × (30 + 120 + 480 + 1,920 + 7,680 + 30,720 + 86,400) s = 0.8 × 127,350 s = 101,880 s ≈ 28.3 h
        assertThat(span).isEqualTo(Duration.ofSeconds(101_880)).isGreaterThan(Duration.ofHours(1));
    }

    @Test
    void shouldSpreadRetriesByTwentyPercentEitherWay() {
        assertThat(new RetrySchedule(DEFAULT_BASE, 8, () -> 0.0).delayAfter(2)).isEqualTo(Duration.ofSeconds(96));
        assertThat(new RetrySchedule(DEFAULT_BASE, 8, () -> 0.75).delayAfter(2)).isEqualTo(Duration.ofSeconds(132));
    }
}
