package app.peach.energy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import app.peach.vocabulary.ActivityLevel;
import app.peach.vocabulary.Sex;

/** Mifflin–St Jeor 1990, simplified form: 10 W + 6.25 H − 5 A + 5 (men) / − 161 (women). */
class MifflinStJeorTest {

    @ParameterizedTest(name = "{0} {1} y {2} kg {3} cm -> {4}")
    @CsvSource({
            // 650 + 1031.25 - 150 - 161
            "female, 30, 65, 165, 1370.25",
            // 900 + 1125 - 200 + 5
            "male, 40, 90, 180, 1830.0",
            // 800 + 1000 - 275 - 161
            "female, 55, 80, 160, 1364.0",
            // 700 + 1093.75 - 125 + 5
            "male, 25, 70, 175, 1673.75",
            // 550 + 968.75 - 350 - 161
            "female, 70, 55, 155, 1007.75" })
    void shouldMatchHandWorkedValues(String sex, int age, double kg, double cm, double expected) {
        Person p = new Person(Sex.valueOf(sex.toUpperCase()), age, kg, cm, null);
        assertThat(new MifflinStJeor().bmr(p)).isCloseTo(expected, within(1e-9));
    }

    @ParameterizedTest(name = "{0} x {1}")
    @CsvSource({ "SEDENTARY, 1.2", "LIGHTLY_ACTIVE, 1.375", "MODERATELY_ACTIVE, 1.55", "VERY_ACTIVE, 1.725",
            "EXTRA_ACTIVE, 1.9" })
    void shouldScaleBmrByTheActivityFactor(ActivityLevel level, double factor) {
        Person p = new Person(Sex.MALE, 40, 90, 180, null);
        var estimate = new MifflinStJeor().estimate(p, level);
        assertThat(estimate.bmrKcal()).isCloseTo(1830.0, within(1e-9));
        assertThat(estimate.tdeeKcal()).isCloseTo(1830.0 * factor, within(1e-9));
    }
}
