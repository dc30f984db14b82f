package app.peach.training.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.Scale;

/** The contract's worked values for double progression, and its invariants over generated histories. */
class DoubleProgressionTest {
    static final LocalDate MONDAY = LocalDate.of(2026, 11, 2);

    static Session session(int day, int repsMin, int repsMax, String loadKg, int... reps) {
        List<LoggedSet> sets = new ArrayList<>();
        for (int r : reps) {
            sets.add(new LoggedSet(r, loadKg == null ? null : new BigDecimal(loadKg), null));
        }
        return new Session(MONDAY.plusDays(day), repsMin, repsMax, sets);
    }

    @Test
    void shouldIncreaseByAtLeastOneStep() {
        // 42 + max(2.5, 2.5 × floor(0.05 × 42 / 2.5 = 0.84) = 0) = 44.5
        assertThat(DoubleProgression.increased(new BigDecimal("42"))).isEqualByComparingTo("44.5");
        // 100 + max(2.5, 2.5 × floor(0.05 × 100 / 2.5 = 2) = 5) = 105
        assertThat(DoubleProgression.increased(new BigDecimal("100"))).isEqualByComparingTo("105");
    }

    @Test
    void shouldDeloadToNinetyPercentOnTheGrid() {
        // 2.5 × round(0.9 × 100 / 2.5 = 36) = 90
        assertThat(DoubleProgression.deloaded(new BigDecimal("100"))).isEqualByComparingTo("90");
        // 2.5 × round(0.9 × 42 / 2.5 = 15.12) = 37.5
        assertThat(DoubleProgression.deloaded(new BigDecimal("42"))).isEqualByComparingTo("37.5");
    }

    @Test
    void shouldTakeTheNextStepBelowWhereTenPercentRoundsBackToTheSameLoad() {
        // 2.5 × round(0.9 × 12.5 / 2.5 = 4.5 → 5) = 12.5, no lighter: the step below, 10
        assertThat(DoubleProgression.deloaded(new BigDecimal("12.5"))).isEqualByComparingTo("10");
        // 2.5 × round(0.9 × 2.5 / 2.5 = 0.9 → 1) = 2.5: the step below is 0
        assertThat(DoubleProgression.deloaded(new BigDecimal("2.5"))).isEqualByComparingTo("0");
        // 15: 2.5 × round(5.4 → 5) = 12.5, already lighter
        assertThat(DoubleProgression.deloaded(new BigDecimal("15"))).isEqualByComparingTo("12.5");
    }

    @Test
    void shouldIncreaseAfterTwoSessionsWithEverySetAtTheTop() {
        var outcome = DoubleProgression.decide(List.of(session(0, 8, 12, "100", 12, 12, 12), session(3, 8, 12, "100", 12, 13, 12)));
        assertThat(outcome.decision()).isEqualTo(Decision.INCREASE);
        assertThat(outcome.lastLoadKg()).isEqualByComparingTo("100");
        assertThat(outcome.nextLoadKg()).isEqualByComparingTo("105");
        assertThat(outcome.reason()).isEqualTo("Every set reached 12 reps (the top of 8–12) in the last two sessions: "
                + "add 5 kg (5 % in 2.5 kg steps, at least one step), to 105 kg.");
    }

    @Test
    void shouldHoldWhenOnlyOneSessionOrOneSetFellShort() {
        assertThat(DoubleProgression.decide(List.of(session(0, 8, 12, "100", 12, 12))).decision()).isEqualTo(Decision.HOLD);
        var outcome = DoubleProgression.decide(List.of(session(0, 8, 12, "42", 12, 12, 12), session(3, 8, 12, "42", 12, 11, 12)));
        assertThat(outcome.decision()).isEqualTo(Decision.HOLD);
        assertThat(outcome.nextLoadKg()).isEqualByComparingTo("42");
        assertThat(outcome.reason()).isEqualTo("Keep 42 kg until every set reaches 12 reps (the top of 8–12) in two sessions "
                + "in a row.");
    }

    @Test
    void shouldDeloadAfterThreeSessionsEachWithASetBelowTheRange() {
        // a failed attempt (0 reps) is a set below repsMin
        var outcome = DoubleProgression.decide(List.of(session(0, 8, 12, "42", 8, 7), session(2, 8, 12, "42", 8, 0),
                session(4, 8, 12, "42", 6, 6)));
        assertThat(outcome.decision()).isEqualTo(Decision.DELOAD);
        assertThat(outcome.nextLoadKg()).isEqualByComparingTo("37.5");
        var twoFailures = DoubleProgression.decide(List.of(session(0, 8, 12, "42", 9, 9), session(2, 8, 12, "42", 8, 0),
                session(4, 8, 12, "42", 6, 6)));
        assertThat(twoFailures.decision()).isEqualTo(Decision.HOLD);
        assertThat(twoFailures.reason()).startsWith("A set fell below 8 reps (the bottom of 8–12) last session.");
    }

    @Test
    void shouldDecideBodyweightWorkWithoutALoad() {
        var outcome = DoubleProgression.decide(List.of(session(0, 15, 15, null, 15, 15), session(2, 15, 15, null, 16, 15)));
        assertThat(outcome.decision()).isEqualTo(Decision.INCREASE);
        assertThat(outcome.nextLoadKg()).isNull();
        assertThat(outcome.reason()).isEqualTo("Every set reached 15 reps in the last two sessions: add reps or a set (no load logged).");
    }

    @Test
    void shouldJudgeTheHeaviestLoadLiftedNotAFailedHeavierAttempt() {
        var outcome = DoubleProgression.decide(List.of(session(0, 5, 5, null, 5)));
        assertThat(outcome.lastLoadKg()).isNull();
        Session s = new Session(MONDAY, 5, 5, List.of(new LoggedSet(5, new BigDecimal("100"), null),
                new LoggedSet(0, new BigDecimal("110"), null)));
        assertThat(s.topLoadKg()).isEqualByComparingTo("100");
        Session failed = new Session(MONDAY, 5, 5, List.of(new LoggedSet(0, new BigDecimal("110"), null)));
        assertThat(failed.topLoadKg()).isEqualByComparingTo("110");
    }

    @Test
    void shouldSayNoDataWithoutSessions() {
        var outcome = DoubleProgression.decide(List.of());
        assertThat(outcome.decision()).isEqualTo(Decision.NO_DATA);
        assertThat(outcome.nextLoadKg()).isNull();
    }

    @Test
    void shouldHoldAnExerciseWithoutARepRange() {
        var outcome = DoubleProgression.decide(List.of(new Session(MONDAY, null, null, List.of(new LoggedSet(1, null, null)))));
        assertThat(outcome.decision()).isEqualTo(Decision.HOLD);
        assertThat(outcome.reason()).contains("send repsMin and repsMax");
    }

    // ---- properties over generated histories ----

    @Provide
    Arbitrary<List<Session>> histories() {
        Arbitrary<Integer> reps = Arbitraries.integers().between(0, 20);
        Arbitrary<BigDecimal> load = Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("1000")).ofScale(2)
                .injectNull(0.1);
        Arbitrary<Session> session = Combinators.combine(Arbitraries.integers().between(1, 15),
                Arbitraries.integers().between(0, 5), load, reps.list().ofMinSize(1).ofMaxSize(6))
                .as((min, width, kg, done) -> new Session(MONDAY, min, min + width, done.stream()
                        .map(r -> new LoggedSet(r, kg, null)).toList()));
        return session.list().ofMinSize(1).ofMaxSize(6);
    }

    @Property(tries = 3000, seed = "20261123")
    void nextLoadIsNeverNegative(@ForAll("histories") List<Session> sessions) {
        var outcome = DoubleProgression.decide(sessions);
        if (outcome.nextLoadKg() != null) {
            assertThat(outcome.nextLoadKg()).isGreaterThanOrEqualTo(BigDecimal.ZERO);
        }
    }

    @Property(tries = 3000, seed = "20261123")
    void nextLoadNeverRisesAfterAFailedSession(@ForAll("histories") List<Session> sessions) {
        Session last = sessions.get(sessions.size() - 1);
        var outcome = DoubleProgression.decide(sessions);
        if (last.anySetBelowRange()) {
            assertThat(outcome.decision()).isIn(Decision.HOLD, Decision.DELOAD);
            if (outcome.nextLoadKg() != null) {
                assertThat(outcome.nextLoadKg()).isLessThanOrEqualTo(outcome.lastLoadKg());
            }
        }
    }

    @Property(tries = 3000, seed = "20261123")
    void aDeloadIsAlwaysBelowTheLastLoad(@ForAll("histories") List<Session> sessions) {
        var outcome = DoubleProgression.decide(sessions);
        if (outcome.decision() == Decision.DELOAD && outcome.lastLoadKg() != null && outcome.lastLoadKg().signum() > 0) {
            assertThat(outcome.nextLoadKg()).isLessThan(outcome.lastLoadKg());
        }
    }

    @Property(tries = 3000, seed = "20261123")
    void aDeloadIsBelowAnyPositiveLoad(@ForAll @BigRange(min = "0.01", max = "1000") @Scale(2) BigDecimal last) {
        assertThat(DoubleProgression.deloaded(last)).isLessThan(last).isGreaterThanOrEqualTo(BigDecimal.ZERO);
    }

    @Property(tries = 3000, seed = "20261123")
    void roundingAlwaysLandsOnTheGrid(@ForAll @BigRange(min = "0", max = "1000") @Scale(2) BigDecimal last) {
        // a deload is a multiple of 2.5 kg; an increase adds a multiple of 2.5 kg (so a load on the grid stays on it)
        assertThat(onGrid(DoubleProgression.deloaded(last))).isTrue();
        assertThat(onGrid(DoubleProgression.increased(last).subtract(last))).isTrue();
        BigDecimal gridded = DoubleProgression.deloaded(last);
        assertThat(onGrid(DoubleProgression.increased(gridded))).isTrue();
    }

    private static boolean onGrid(BigDecimal kg) {
        return kg.remainder(DoubleProgression.STEP_KG).signum() == 0;
    }
}
