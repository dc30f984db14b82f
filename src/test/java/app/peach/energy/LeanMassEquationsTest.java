package app.peach.energy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import app.peach.vocabulary.Sex;

/**
 * Katch–McArdle (370 + 21.6 LBM) and Cunningham 1980 (500 + 22 LBM), LBM = W (1 − BF/100); both are
 * sex-independent, so each case is checked for both sexes.
 */
class LeanMassEquationsTest {

    @ParameterizedTest(name = "{0} kg at {1} % fat: LBM {2}, Katch {3}, Cunningham {4}")
    @CsvSource({
            // LBM 65 x 0.72 = 46.8; 370 + 1010.88; 500 + 1029.6
            "65, 28, 46.8, 1380.88, 1529.6",
            // LBM 90 x 0.80 = 72.0; 370 + 1555.2; 500 + 1584
            "90, 20, 72.0, 1925.2, 2084.0",
            // LBM 55 x 0.82 = 45.1; 370 + 974.16; 500 + 992.2
            "55, 18, 45.1, 1344.16, 1492.2" })
    void shouldMatchHandWorkedValuesForBothSexes(double kg, double bodyFat, double lbm, double katch, double cunningham) {
        for (Sex sex : Sex.values()) {
            Person p = new Person(sex, 35, kg, 170, bodyFat);
            assertThat(p.leanMassKg()).isCloseTo(lbm, within(1e-9));
            assertThat(new KatchMcArdle().bmr(p)).isCloseTo(katch, within(1e-6));
            assertThat(new Cunningham().bmr(p)).isCloseTo(cunningham, within(1e-6));
        }
    }

    @Test
    void shouldRequireBodyFat() {
        Person p = new Person(Sex.FEMALE, 30, 65, 165, null);
        assertThat(new KatchMcArdle().unmetRequirement(p)).hasValueSatisfying(m -> assertThat(m.field()).isEqualTo("bodyFatPercent"));
        assertThat(new Cunningham().unmetRequirement(p)).hasValueSatisfying(m -> assertThat(m.field()).isEqualTo("bodyFatPercent"));
    }
}
