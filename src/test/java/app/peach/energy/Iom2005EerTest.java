package app.peach.energy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import app.peach.vocabulary.ActivityLevel;
import app.peach.vocabulary.Sex;

/**
 * IOM 2005 EER, adults 19+, height in metres. Men 662 − 9.53 A + PA (15.91 W + 539.6 H), PA 1.00/1.11/1.25/1.48;
 * women 354 − 6.91 A + PA (9.36 W + 726 H), PA 1.00/1.12/1.27/1.45.
 */
class Iom2005EerTest {

    @ParameterizedTest(name = "{0} {1} y {2} kg {3} cm {4} -> {5}")
    @CsvSource({
            // 662 - 285.9 + 1.00 x (1113.7 + 917.32)
            "male, 30, 70, 170, INACTIVE, 2407.12",
            // 662 - 381.2 + 1.11 x (1431.9 + 971.28)
            "male, 40, 90, 180, LOW_ACTIVE, 2948.3298",
            // 662 - 381.2 + 1.48 x (1431.9 + 971.28)
            "male, 40, 90, 180, VERY_ACTIVE, 3837.5064",
            // 354 - 207.3 + 1.00 x (608.4 + 1197.9)
            "female, 30, 65, 165, INACTIVE, 1953.0",
            // 354 - 207.3 + 1.27 x (608.4 + 1197.9)
            "female, 30, 65, 165, ACTIVE, 2440.701",
            // 354 - 380.05 + 1.12 x (748.8 + 1161.6)
            "female, 55, 80, 160, LOW_ACTIVE, 2113.598" })
    void shouldMatchHandWorkedValues(String sex, int age, double kg, double cm, EerCategory category, double expected) {
        Person p = new Person(Sex.valueOf(sex.toUpperCase()), age, kg, cm, null);
        assertThat(new Iom2005Eer().tee(p, category)).isCloseTo(expected, within(1e-6));
    }

    @Test
    void shouldGiveTotalEnergyWithoutBmr() {
        var e = new Iom2005Eer().estimate(new Person(Sex.MALE, 30, 70, 170, null), ActivityLevel.LIGHTLY_ACTIVE);
        assertThat(e.bmrKcal()).isNull();
        assertThat(e.tdeeKcal()).isCloseTo(2407.12, within(1e-6));
    }

    @Test
    void shouldRefuseAgesUnder19() {
        assertThat(new Iom2005Eer().unmetRequirement(new Person(Sex.MALE, 18, 70, 170, null)))
                .hasValueSatisfying(m -> assertThat(m.field()).isEqualTo("age"));
        assertThat(new Iom2005Eer().unmetRequirement(new Person(Sex.MALE, 19, 70, 170, null))).isEmpty();
    }
}
