package app.peach.energy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import app.peach.vocabulary.Sex;

/** Roza & Shizgal 1984: men 88.362 + 13.397 W + 4.799 H − 5.677 A; women 447.593 + 9.247 W + 3.098 H − 4.330 A. */
class HarrisBenedictRevisedTest {

    @ParameterizedTest(name = "{0} {1} y {2} kg {3} cm -> {4}")
    @CsvSource({
            // 447.593 + 601.055 + 511.17 - 129.9
            "female, 30, 65, 165, 1429.918",
            // 88.362 + 1205.73 + 863.82 - 227.08
            "male, 40, 90, 180, 1930.832",
            // 447.593 + 739.76 + 495.68 - 238.15
            "female, 55, 80, 160, 1444.883",
            // 88.362 + 937.79 + 839.825 - 141.925
            "male, 25, 70, 175, 1724.052" })
    void shouldMatchHandWorkedValues(String sex, int age, double kg, double cm, double expected) {
        Person p = new Person(Sex.valueOf(sex.toUpperCase()), age, kg, cm, null);
        assertThat(new HarrisBenedictRevised().bmr(p)).isCloseTo(expected, within(1e-6));
    }
}
