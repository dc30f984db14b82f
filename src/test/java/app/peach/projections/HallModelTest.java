package app.peach.projections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.function.DoubleUnaryOperator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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

    /**
     * The model steps each stage's fat mass by Forbes' ratio and groups the balance's terms; this is the same RK4
     * written the plain way (the package's: every stage's fat mass from F0 exp(...), the balance summed as printed),
     * from an intake of nothing to 20,000 kcal/day and over ten years.
     */
    @ParameterizedTest
    @CsvSource({ "FEMALE, 30, 65, 165, 1.55, -500", "MALE, 40, 90, 180, 1.5, -500", "FEMALE, 22, 48, 158, 1.8, 400",
            "MALE, 65, 140, 190, 1.3, -1200", "FEMALE, 35, 70, 165, 1.6, -100000", "MALE, 50, 100, 175, 1.4, 20000" })
    void shouldMatchThePlainlyWrittenModel(Sex sex, int age, double weight, double height, double pal, double change) {
        HallModel model = new HallModel(sex, age, weight, height, pal);
        double intake = Math.max(0, Math.min(20000, model.baselineIntake() + change));
        List<HallModel.State> run = model.run(intake, 3650);
        double[] plain = PlainHallModel.run(sex, age, weight, height, pal, intake, 3650);
        for (HallModel.State s : run) {
            assertThat(s.weightKg()).as("day %d", s.day()).isCloseTo(plain[s.day()], within(1e-9));
        }
    }

    @Test
    void shouldGiveForbesRatioToDoublePrecision() {
        for (int i = -20000; i <= 20000; i++) {
            double leanChange = i * 5e-6; // up to ±0.1 kg: FORBES · 0.1 ≈ 0.0096, inside the series' range
            double exact = Math.exp(HallModel.FORBES * leanChange);
            assertThat(HallModel.forbesRatio(leanChange)).isCloseTo(exact, within(2 * Math.ulp(exact)));
        }
        // beyond the series' range it is Math.exp itself
        assertThat(HallModel.forbesRatio(1.0)).isEqualTo(Math.exp(HallModel.FORBES));
        assertThat(HallModel.forbesRatio(-0.2)).isEqualTo(Math.exp(HallModel.FORBES * -0.2));
    }

    /**
     * The model as it was written before the grouping (HallModel until 2026-12-06): AT, ECF and G each stepped by
     * RK4, lean mass by RK4 with their day's middle at its middle stages, every stage's fat mass from
     * F0 exp(...), the balance summed term by term. For comparison only.
     */
    private static final class PlainHallModel {
        static double[] run(Sex sex, double age, double w0, double heightCm, double pal, double intake, int days) {
            boolean female = sex == Sex.FEMALE;
            double h = heightCm / 100;
            double rmr = 9.99 * w0 + 625 * h - 4.92 * age + (female ? -161 : 5);
            double eiBase = rmr * pal;
            double delta = ((1 - HallModel.BETA_TEF) * pal - 1) * rmr / w0;
            double ecf0 = female ? -4 + 5.98 * h + 0.167 * w0 : 0.025 * age + 9.57 * h + 0.191 * w0 - 12.4;
            double bmi = w0 / (h * h);
            double f0 = w0 * (female ? 0.14 * age + 39.96 * Math.log(bmi) - 102.01 : 0.14 * age + 37.31 * Math.log(bmi) - 103.94) / 100;
            double l0 = w0 - (ecf0 + f0 + 3.7 * 0.5);
            double k = eiBase - HallModel.GAMMA_L * l0 - HallModel.GAMMA_F * f0 - delta * w0;
            double ciBase = 0.5 * eiBase;
            double kG = ciBase / 0.25;
            double dEI = intake - eiBase;
            double ci = 0.5 * intake;
            DoubleUnaryOperator dAt = at -> (HallModel.BETA_AT * dEI - at) / HallModel.TAU_AT;
            DoubleUnaryOperator dEcf = ecf -> (-HallModel.ZETA_NA * (ecf - ecf0) - HallModel.ZETA_CI * (1 - ci / ciBase)) / HallModel.SODIUM;
            DoubleUnaryOperator dG = g -> (ci - kG * g * g) / HallModel.RHO_G;
            double at = 0, ecf = ecf0, g = 0.5, l = l0;
            double[] weights = new double[days + 1];
            weights[0] = w0;
            for (int day = 1; day <= days; day++) {
                double atNext = rk4(dAt, at), ecfNext = rk4(dEcf, ecf), gNext = rk4(dG, g);
                double atMid = 0.5 * (at + atNext), ecfMid = 0.5 * (ecf + ecfNext), gMid = 0.5 * (g + gNext);
                double[] p = { k, delta, dEI, intake, ci, kG, f0, l0 };
                double k1 = dLean(l, g, at, ecf, p);
                double k2 = dLean(l + 0.5 * k1, gMid, atMid, ecfMid, p);
                double k3 = dLean(l + 0.5 * k2, gMid, atMid, ecfMid, p);
                double k4 = dLean(l + k3, gNext, atNext, ecfNext, p);
                l += (k1 + 2 * k2 + 2 * k3 + k4) / 6;
                at = atNext;
                ecf = ecfNext;
                g = gNext;
                weights[day] = l + fat(l, f0, l0) + ecf + 3.7 * g;
            }
            return weights;
        }

        private static double rk4(DoubleUnaryOperator slope, double y) {
            double k1 = slope.applyAsDouble(y);
            double k2 = slope.applyAsDouble(y + 0.5 * k1);
            double k3 = slope.applyAsDouble(y + 0.5 * k2);
            double k4 = slope.applyAsDouble(y + k3);
            return y + (k1 + 2 * k2 + 2 * k3 + k4) / 6;
        }

        /** p: k, δ, ΔEI, EI, CI, kG, F0, L0. */
        private static double dLean(double l, double g, double at, double ecf, double[] p) {
            double f = fat(l, p[6], p[7]);
            double weight = l + f + ecf + 3.7 * g;
            double r = p[0] + p[1] * weight + HallModel.BETA_TEF * p[2] + at - p[3] + (p[4] - p[5] * g * g)
                    + HallModel.GAMMA_L * l + HallModel.GAMMA_F * f;
            return r / (HallModel.ALFA1 + HallModel.ALFA2 * f) * (HallModel.C / HallModel.RHO_L);
        }

        private static double fat(double l, double f0, double l0) {
            return f0 * Math.exp(HallModel.RHO_L * (l - l0) / (HallModel.RHO_F * HallModel.C));
        }
    }
}
