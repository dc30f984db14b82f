package app.peach.projections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

import app.peach.vocabulary.Sex;

class HallModelTest {

    /** The published reference run: male, 40 y, 90 kg, 1.80 m, PAL 1.5, intake −500 kcal/day from day 0. */
    @Test
    void shouldReproduceThePublishedReferenceRun() {
        HallModel model = new HallModel(Sex.MALE, 40, 90, 180, 1.5);
        var run = model.run(model.baselineIntake() - 500, 364);
        assertThat(run.get(1).weightKg()).isCloseTo(89.69, within(0.01));
        assertThat(run.get(364).weightKg()).isCloseTo(76.26, within(0.05));
        // with the energy-unit glycogen term these are the fork's parity values to 1e-6 (sources.md §6)
        assertThat(run.get(1).weightKg()).isCloseTo(89.693896, within(1e-6));
        assertThat(run.get(364).weightKg()).isCloseTo(76.260804, within(1e-6));
    }

    @Test
    void shouldStayAtBaselineWeightAtBaselineIntake() {
        HallModel model = new HallModel(Sex.FEMALE, 35, 70, 165, 1.6);
        assertThat(model.weightOn(model.baselineIntake(), 3650)).isCloseTo(70, within(1e-6));
    }

    @Test
    void shouldShowTheRuleOfThumbForASmallCut() {
        // about 10 kcal/day per lb of eventual change, half of it in about a year (sources.md §6)
        HallModel model = new HallModel(Sex.MALE, 40, 90, 180, 1.5);
        double tenYears = 90 - model.weightOn(model.baselineIntake() - 100, 3650);
        double oneYear = 90 - model.weightOn(model.baselineIntake() - 100, 365);
        // 100 kcal/day at ~10 kcal/day per lb: about 10 lb (4.5 kg); this model gives 4.68 kg (9.7 kcal/day per lb)
        assertThat(tenYears).isBetween(4.0, 5.2);
        assertThat(oneYear / tenYears).isBetween(0.5, 0.7);
    }

    @Test
    void shouldSplitWeightIntoItsCompartments() {
        HallModel model = new HallModel(Sex.FEMALE, 30, 65, 165, 1.55);
        for (HallModel.State s : model.run(model.baselineIntake() - 300, 60)) {
            assertThat(s.fatKg() + s.leanKg() + s.ecfKg() + 3.7 * s.glycogenKg()).isCloseTo(s.weightKg(), within(1e-9));
        }
    }
}
