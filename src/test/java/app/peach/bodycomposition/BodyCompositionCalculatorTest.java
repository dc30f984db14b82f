package app.peach.bodycomposition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

import app.peach.vocabulary.Finding;
import app.peach.vocabulary.Severity;
import app.peach.vocabulary.Sex;

/** Worked values from the contract and shared/reference/sources.md, arithmetic in the comments. */
class BodyCompositionCalculatorTest {

    @Test
    void shouldReproduceTheContractsWorkedExampleForAWoman() {
        // Navy: 495 / (1.29579 − 0.35004·log10(70 + 100 − 32) + 0.22100·log10(165)) − 450
        //     = 495 / (1.29579 − 0.35004 × 2.13988 + 0.22100 × 2.21748) − 450 = 495 / 1.03681 − 450 = 27.43
        // RFM: 76 − 20 × 165 / 70 = 28.86; WHR 70 / 100 = 0.70; WHtR 70 / 165 = 0.424
        // fat-free mass: 60 × (1 − 0.27426) = 43.54 (from the unrounded Navy figure)
        var r = BodyCompositionCalculator.calculate(new BodyCompositionCalculator.Input(Sex.FEMALE, 165, 60.0, 70, 100.0, 32.0));
        assertThat(r.navyBodyFatPercent()).isEqualTo(27.4);
        assertThat(r.rfmPercent()).isEqualTo(28.9);
        assertThat(r.waistToHipRatio()).isEqualTo(0.70);
        assertThat(r.waistToHeightRatio()).isEqualTo(0.42);
        assertThat(r.fatFreeMassKg()).isEqualTo(43.5);
        assertThat(r.findings()).isEmpty();
    }

    @Test
    void shouldReproduceTheWorkedExampleForAMan() {
        // Navy: 495 / (1.0324 − 0.19077·log10(85 − 38) + 0.15456·log10(180)) − 450
        //     = 495 / (1.0324 − 0.19077 × 1.67210 + 0.15456 × 2.25527) − 450 = 495 / 1.06199 − 450 = 16.11
        // RFM: 64 − 20 × 180 / 85 = 21.65; WHtR 85 / 180 = 0.472 (under 0.5: no finding)
        var r = BodyCompositionCalculator.calculate(new BodyCompositionCalculator.Input(Sex.MALE, 180, null, 85, null, 38.0));
        assertThat(r.navyBodyFatPercent()).isEqualTo(16.1);
        assertThat(r.rfmPercent()).isEqualTo(21.6);
        assertThat(r.waistToHeightRatio()).isEqualTo(0.47);
        assertThat(r.waistToHipRatio()).isNull();
        assertThat(r.fatFreeMassKg()).as("no weight given").isNull();
        assertThat(r.findings()).isEmpty();
    }

    @Test
    void shouldLeaveFiguresWhoseInputsAreMissingNull() {
        // a woman's Navy equation needs the hip; without the neck no Navy figure for anyone
        var woman = BodyCompositionCalculator.calculate(new BodyCompositionCalculator.Input(Sex.FEMALE, 165, 60.0, 70, null, 32.0));
        assertThat(woman.navyBodyFatPercent()).isNull();
        assertThat(woman.fatFreeMassKg()).isNull();
        assertThat(woman.rfmPercent()).isEqualTo(28.9);
        var noNeck = BodyCompositionCalculator.calculate(new BodyCompositionCalculator.Input(Sex.MALE, 180, 80.0, 85, 95.0, null));
        assertThat(noNeck.navyBodyFatPercent()).isNull();
        assertThat(noNeck.fatFreeMassKg()).isNull();
        assertThat(noNeck.waistToHipRatio()).isEqualTo(0.89); // 85 / 95 = 0.8947
    }

    @Test
    void shouldFlagTheWaistToHipRatioAtTheWhoCutOffsOnTheUnroundedRatio() {
        // women: 0.85 and above (85 / 100 = 0.85 flagged, 84.9 / 100 not); men: 0.90 and above
        assertThat(codes(Sex.FEMALE, 165, 85, 100.0)).contains("WAIST_TO_HIP_HIGH");
        assertThat(codes(Sex.FEMALE, 165, 84.9, 100.0)).doesNotContain("WAIST_TO_HIP_HIGH");
        assertThat(codes(Sex.MALE, 180, 89.9, 100.0)).doesNotContain("WAIST_TO_HIP_HIGH");
        assertThat(codes(Sex.MALE, 180, 90, 100.0)).contains("WAIST_TO_HIP_HIGH");
    }

    @Test
    void shouldFlagAWaistOfHalfTheHeightOrMore() {
        // 82.5 / 165 = 0.5 exactly; 82.4 / 165 = 0.4994
        assertThat(codes(Sex.FEMALE, 165, 82.5, null)).containsExactly("WAIST_TO_HEIGHT_HIGH");
        assertThat(codes(Sex.FEMALE, 165, 82.4, null)).isEmpty();
        Finding f = BodyCompositionCalculator.calculate(new BodyCompositionCalculator.Input(Sex.FEMALE, 165, null, 82.5, null, null))
                .findings().get(0);
        assertThat(f.severity()).isEqualTo(Severity.INFO);
        assertThat(f.limit()).isEqualTo(0.5);
        assertThat(f.source()).contains("Ashwell");
    }

    @Test
    void shouldLeaveOutEstimatesOutsideThePlausibleRange() {
        // man 180 cm, waist 40, neck 38: 495 / (1.0324 − 0.19077·log10(2) + 0.15456·log10(180)) − 450
        //   = 495 / (1.0324 − 0.05743 + 0.34858) − 450 = −76 %; RFM 64 − 20 × 180 / 40 = −26 %
        var r = BodyCompositionCalculator.calculate(new BodyCompositionCalculator.Input(Sex.MALE, 180, 80.0, 40, null, 38.0));
        assertThat(r.navyBodyFatPercent()).isNull();
        assertThat(r.rfmPercent()).isNull();
        assertThat(r.fatFreeMassKg()).isNull();
        assertThat(r.findings()).extracting(Finding::code).containsExactly("BODY_FAT_ESTIMATE_IMPLAUSIBLE",
                "BODY_FAT_ESTIMATE_IMPLAUSIBLE");
        assertThat(r.findings().get(0).actual()).isCloseTo(-76.0, within(1.0));
    }

    @Test
    void shouldRefuseAWaistNotAboveTheNeck() {
        assertThat(NavyBodyFat.waistAboveNeck(38, 38)).isFalse();
        assertThat(NavyBodyFat.waistAboveNeck(38.1, 38)).isTrue();
        assertThatThrownBy(() -> NavyBodyFat.percent(Sex.MALE, 180, 38, 38, null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldComputeRelativeFatMassAndRatiosByTheirDefinitions() {
        assertThat(RelativeFatMass.percent(Sex.FEMALE, 165, 70)).isCloseTo(28.857, within(0.001)); // 76 − 47.143
        assertThat(RelativeFatMass.percent(Sex.MALE, 180, 85)).isCloseTo(21.647, within(0.001)); // 64 − 42.353
        assertThat(WaistToHipRatio.ratio(70, 100)).isEqualTo(0.7);
        assertThat(WaistToHeightRatio.ratio(70, 165)).isCloseTo(0.4242, within(0.0001));
    }

    private static java.util.List<String> codes(Sex sex, double height, double waist, Double hip) {
        return BodyCompositionCalculator.calculate(new BodyCompositionCalculator.Input(sex, height, null, waist, hip, null))
                .findings().stream().map(Finding::code).toList();
    }
}
