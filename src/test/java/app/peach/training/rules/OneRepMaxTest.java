package app.peach.training.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The contract's worked values (and shared/reference/sources.md §8): Epley with reps in reserve. */
class OneRepMaxTest {

    @Test
    void shouldEstimate116Point7From100KgFor5() {
        // 100 × (1 + 5 / 30) = 116.666…, shown as 116.7
        assertThat(OneRepMax.epleyKg(100, 5, null)).isCloseTo(116.6667, within(1e-4));
        assertThat(OneRepMax.epleyKg(100, 5, 0)).isCloseTo(116.6667, within(1e-4));
    }

    @Test
    void shouldCountRepsInReserveAsReps() {
        // 100 × (1 + (5 + 2) / 30) = 123.333…, shown as 123.3
        assertThat(OneRepMax.epleyKg(100, 5, 2)).isCloseTo(123.3333, within(1e-4));
    }

    @Test
    void shouldEstimateOnlyFromOneToTwelveRepsIncludingReserve() {
        // 12 is the last: 60 × (1 + 12 / 30) = 84
        assertThat(OneRepMax.epleyKg(60, 10, 2)).isCloseTo(84, within(1e-9));
        assertThat(OneRepMax.epleyKg(60, 10, 3)).isNaN();
        assertThat(OneRepMax.epleyKg(60, 13, null)).isNaN();
        // a failed attempt with nothing in reserve gives no estimate; 0 reps at rir 1 is a 1-rep effort
        assertThat(OneRepMax.epleyKg(60, 0, null)).isNaN();
        assertThat(OneRepMax.epleyKg(60, 0, 1)).isCloseTo(62, within(1e-9));
    }

    @Test
    void shouldGiveNoEstimateWithoutALoad() {
        assertThat(OneRepMax.epleyKg(0, 5, 2)).isNaN();
    }
}
