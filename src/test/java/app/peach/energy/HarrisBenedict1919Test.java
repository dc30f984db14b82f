package app.peach.energy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import app.peach.vocabulary.Sex;

/** Harris–Benedict 1919: men 66.4730 + 13.7516 W + 5.0033 H − 6.7550 A; women 655.0955 + 9.5634 W + 1.8496 H − 4.6756 A. */
class HarrisBenedict1919Test {

    @ParameterizedTest(name = "{0} {1} y {2} kg {3} cm -> {4}")
    @CsvSource({
            // 655.0955 + 621.621 + 305.184 - 140.268
            "female, 30, 65, 165, 1441.6325",
            // 66.4730 + 1237.644 + 900.594 - 270.2
            "male, 40, 90, 180, 1934.511",
            // 655.0955 + 765.072 + 295.936 - 257.158
            "female, 55, 80, 160, 1458.9455",
            // 66.4730 + 962.612 + 875.5775 - 168.875
            "male, 25, 70, 175, 1735.7875" })
    void shouldMatchHandWorkedValues(String sex, int age, double kg, double cm, double expected) {
        Person p = new Person(Sex.valueOf(sex.toUpperCase()), age, kg, cm, null);
        assertThat(new HarrisBenedict1919().bmr(p)).isCloseTo(expected, within(1e-6));
    }
}
