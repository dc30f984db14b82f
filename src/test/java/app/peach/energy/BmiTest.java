package app.peach.energy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** WHO bands, lower bounds inclusive on the unrounded value. */
class BmiTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({ "18.4999, UNDERWEIGHT", "18.5, NORMAL", "24.9999, NORMAL", "25, OVERWEIGHT", "29.9999, OVERWEIGHT",
            "30, OBESITY_CLASS_I", "34.9999, OBESITY_CLASS_I", "35, OBESITY_CLASS_II", "39.9999, OBESITY_CLASS_II",
            "40, OBESITY_CLASS_III", "60, OBESITY_CLASS_III", "10, UNDERWEIGHT" })
    void shouldClassifyAtTheBandEdges(double bmi, BmiCategory expected) {
        assertThat(BmiCategory.of(bmi)).isEqualTo(expected);
    }

    @Test
    void shouldComputeKilogramsPerSquareMetre() {
        // 65 / 1.65^2 = 23.875...
        Bmi bmi = Bmi.of(65, 165);
        assertThat(bmi.value()).isCloseTo(23.8751, within(1e-4));
        assertThat(bmi.category()).isEqualTo(BmiCategory.NORMAL);
    }

    @Test
    void shouldJudgeTheUnroundedValue() {
        // 24.99... would round to 25.0 but is still normal
        double kg = 24.999 * 1.7 * 1.7;
        assertThat(Bmi.of(kg, 170).category()).isEqualTo(BmiCategory.NORMAL);
    }
}
