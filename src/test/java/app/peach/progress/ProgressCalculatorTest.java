package app.peach.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ProgressCalculatorTest {
    static final LocalDate START = LocalDate.of(2026, 10, 1);

    /** 28 days, intake constant at 1,800 kcal, weight falling 0.5 kg a week with day-to-day noise. */
    static List<ProgressCalculator.Weight> losing(long seed, double noiseKg) {
        Random random = new Random(seed);
        List<ProgressCalculator.Weight> weights = new ArrayList<>();
        for (int d = 0; d < 28; d++) {
            weights.add(new ProgressCalculator.Weight(START.plusDays(d), 80 - 0.5 / 7 * d + random.nextGaussian() * noiseKg));
        }
        return weights;
    }

    static List<ProgressCalculator.Intake> constantIntake(int days, int kcal) {
        List<ProgressCalculator.Intake> intakes = new ArrayList<>();
        for (int d = 0; d < days; d++) {
            intakes.add(new ProgressCalculator.Intake(START.plusDays(d), kcal, 120));
        }
        return intakes;
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = { 1, 2, 3, 4, 5, 42, 2026 })
    void shouldRecoverRateAndExpenditureFromNoisyLogs(long seed) {
        // True expenditure: 1,800 + 0.5 kg/week x 7,700 / 7 = 2,350 kcal/day
        var result = ProgressCalculator.compute(losing(seed, 0.4), constantIntake(28, 1800));
        assertThat(result.observedWeeklyRateKg()).isCloseTo(-0.5, within(0.15));
        assertThat(result.adaptiveTdeeKcal()).isCloseTo(2350.0, within(235.0));
        assertThat(result.note()).isNull();
    }

    @Test
    void shouldSmoothWithTheDocumentedFactor() {
        var trend = ProgressCalculator.trend(List.of(new ProgressCalculator.Weight(START, 80),
                new ProgressCalculator.Weight(START.plusDays(1), 81), new ProgressCalculator.Weight(START.plusDays(3), 79)));
        assertThat(trend.get(1).kg()).isCloseTo(80.2, within(1e-9));
        // two-day gap: a = 1 - 0.8^2 = 0.36; 80.2 + 0.36 x (79 - 80.2)
        assertThat(trend.get(2).kg()).isCloseTo(79.768, within(1e-9));
    }

    @Test
    void shouldSayHowMuchDataIsMissing() {
        var weights = losing(1, 0.4).subList(0, 10);
        var result = ProgressCalculator.compute(weights, constantIntake(5, 1800));
        assertThat(result.adaptiveTdeeKcal()).isNull();
        assertThat(result.observedWeeklyRateKg()).isNull();
        assertThat(result.note()).contains("10 weigh-in days (4 missing)").contains("5 intake days (9 missing)");
        assertThat(result.trendWeightKg()).isNotNull();
    }

    @Test
    void shouldNeedFourteenDaysOfIntakeForExpenditure() {
        var result = ProgressCalculator.compute(losing(1, 0.4), constantIntake(13, 1800));
        assertThat(result.observedWeeklyRateKg()).isNotNull();
        assertThat(result.adaptiveTdeeKcal()).isNull();
        assertThat(result.note()).contains("13 intake days (1 missing)");
        assertThat(ProgressCalculator.compute(losing(1, 0.4), constantIntake(14, 1800)).adaptiveTdeeKcal()).isNotNull();
    }

    @Test
    void shouldHandleNoWeighIns() {
        var result = ProgressCalculator.compute(List.of(), constantIntake(3, 1800));
        assertThat(result.trendWeightKg()).isNull();
        assertThat(result.note()).contains("No weigh-ins");
    }
}
