package app.peach.energy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import app.peach.vocabulary.ActivityLevel;
import app.peach.vocabulary.Sex;

class EnergyCalculatorTest {

    @Test
    void shouldListEveryFormulaTheInputsAllow() {
        var all = EnergyCalculator.estimateAll(new Person(Sex.FEMALE, 30, 65, 165, 28.0), ActivityLevel.SEDENTARY);
        assertThat(all).extracting(EnergyEquation.Estimate::formula).containsExactly(Formula.values());
    }

    @Test
    void shouldLeaveOutLeanMassFormulasWithoutBodyFatAndEerUnder19() {
        var all = EnergyCalculator.estimateAll(new Person(Sex.MALE, 18, 70, 175, null), ActivityLevel.SEDENTARY);
        assertThat(all).extracting(EnergyEquation.Estimate::formula).containsExactly(Formula.MIFFLIN_ST_JEOR,
                Formula.HARRIS_BENEDICT_1919, Formula.HARRIS_BENEDICT_REVISED);
    }
}
