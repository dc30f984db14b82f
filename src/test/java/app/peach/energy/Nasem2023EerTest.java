package app.peach.energy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import app.peach.vocabulary.ActivityLevel;
import app.peach.vocabulary.Sex;

/** NASEM 2023 DRI for Energy, adult equations (height cm, weight kg), one per sex and activity category. */
class Nasem2023EerTest {

    @ParameterizedTest(name = "{0} {1} y {2} kg {3} cm {4} -> {5}")
    @CsvSource({
            // 753.07 - 324.9 + 1105 + 987 (also the value an independent published test asserts)
            "male, 30, 70, 170, INACTIVE, 2520.17",
            // 581.47 - 433.2 + 1494 + 1344.6
            "male, 40, 90, 180, LOW_ACTIVE, 2986.87",
            // -517.88 - 433.2 + 2809.8 + 1719.9
            "male, 40, 90, 180, VERY_ACTIVE, 3578.62",
            // 584.90 - 210.3 + 943.8 + 761.15
            "female, 30, 65, 165, INACTIVE, 2079.55",
            // 710.25 - 210.3 + 1079.1 + 802.1
            "female, 30, 65, 165, ACTIVE, 2381.15",
            // 511.83 - 385.55 + 1451.2 + 1004.8
            "female, 55, 80, 160, VERY_ACTIVE, 2582.28" })
    void shouldMatchHandWorkedValues(String sex, int age, double kg, double cm, EerCategory category, double expected) {
        Person p = new Person(Sex.valueOf(sex.toUpperCase()), age, kg, cm, null);
        assertThat(new Nasem2023Eer().tee(p, category)).isCloseTo(expected, within(1e-6));
    }

    @Test
    void shouldMapActivityLevelsToTheContractsCategories() {
        assertThat(EerCategory.of(ActivityLevel.SEDENTARY)).isEqualTo(EerCategory.INACTIVE);
        assertThat(EerCategory.of(ActivityLevel.LIGHTLY_ACTIVE)).isEqualTo(EerCategory.INACTIVE);
        assertThat(EerCategory.of(ActivityLevel.MODERATELY_ACTIVE)).isEqualTo(EerCategory.LOW_ACTIVE);
        assertThat(EerCategory.of(ActivityLevel.VERY_ACTIVE)).isEqualTo(EerCategory.ACTIVE);
        assertThat(EerCategory.of(ActivityLevel.EXTRA_ACTIVE)).isEqualTo(EerCategory.VERY_ACTIVE);
        assertThat(DgaActivityLevel.of(ActivityLevel.SEDENTARY)).isEqualTo(DgaActivityLevel.SEDENTARY);
        assertThat(DgaActivityLevel.of(ActivityLevel.LIGHTLY_ACTIVE)).isEqualTo(DgaActivityLevel.SEDENTARY);
        assertThat(DgaActivityLevel.of(ActivityLevel.MODERATELY_ACTIVE)).isEqualTo(DgaActivityLevel.MODERATELY_ACTIVE);
        assertThat(DgaActivityLevel.of(ActivityLevel.VERY_ACTIVE)).isEqualTo(DgaActivityLevel.ACTIVE);
        assertThat(DgaActivityLevel.of(ActivityLevel.EXTRA_ACTIVE)).isEqualTo(DgaActivityLevel.ACTIVE);
    }
}
