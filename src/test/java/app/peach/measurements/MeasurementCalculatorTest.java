package app.peach.measurements;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import app.peach.measurements.MeasurementCalculator.Taken;
import app.peach.vocabulary.Goal;
import app.peach.vocabulary.Severity;
import app.peach.vocabulary.Sex;

class MeasurementCalculatorTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    static Taken tape(int daysAgo, Double waist, Double hip, Double thigh) {
        return new Taken(TODAY.minusDays(daysAgo), waist, hip, thigh, null, null);
    }

    @Test
    void shouldMeasureTheChangeBetweenTheFirstAndLastMeasurementOfTheWindow() {
        var window = MeasurementCalculator.window(List.of(tape(70, 60.0, 90.0, 50.0), tape(40, 70.0, 100.0, 55.0),
                tape(20, 70.4, 100.8, null), tape(3, 70.6, 101.5, 56.2)), TODAY);
        // 70 days ago is outside the 56-day window; hip 101.5 − 100 = 1.5, waist 70.6 − 70 = 0.6, thigh 56.2 − 55
        var change = MeasurementCalculator.change(window);
        assertThat(change.from()).isEqualTo(TODAY.minusDays(40));
        assertThat(change.to()).isEqualTo(TODAY.minusDays(3));
        assertThat(change.hipCmChange()).isEqualTo(1.5);
        assertThat(change.waistCmChange()).isEqualTo(0.6);
        assertThat(change.thighCmChange()).isEqualTo(1.2);
    }

    @Test
    void shouldHaveNoChangeWithoutTwoMeasurements() {
        assertThat(MeasurementCalculator.change(MeasurementCalculator.window(List.of(tape(70, 60.0, 90.0, 50.0),
                tape(3, 70.6, 101.5, 56.2)), TODAY))).isNull();
        // two measurements, but only one records the thigh
        var change = MeasurementCalculator.change(List.of(tape(30, 70.0, 100.0, null), tape(2, 71.0, 100.0, 55.0)));
        assertThat(change.thighCmChange()).isNull();
        assertThat(change.hipCmChange()).isEqualTo(0.0);
    }

    @Test
    void shouldFlagAWaistGrowingFasterThanTheHipsForGluteGoalsOverFourWeeks() {
        // waist +1.0, hips +0.5 over 28 days
        var window = List.of(tape(29, 70.0, 100.0, null), tape(1, 71.0, 100.5, null));
        var finding = MeasurementCalculator.waistAgainstHips(Goal.GLUTE_GROWTH, window).orElseThrow();
        assertThat(finding.code()).isEqualTo("WAIST_GROWING_FASTER_THAN_HIPS");
        assertThat(finding.severity()).isEqualTo(Severity.INFO);
        assertThat(finding.actual()).isEqualTo(1.0);
        assertThat(finding.limit()).isEqualTo(0.5);
        assertThat(MeasurementCalculator.waistAgainstHips(Goal.HIP_DIPS, window)).isPresent();
        assertThat(MeasurementCalculator.waistAgainstHips(Goal.FAT_LOSS, window)).isEmpty();
    }

    @Test
    void shouldNotFlagUnderFourWeeksOrWhenTheHipsKeepUp() {
        // 27 days apart: too short to judge
        assertThat(MeasurementCalculator.waistAgainstHips(Goal.GLUTE_GROWTH,
                List.of(tape(28, 70.0, 100.0, null), tape(1, 71.0, 100.0, null)))).isEmpty();
        // hips grew as much as the waist
        assertThat(MeasurementCalculator.waistAgainstHips(Goal.GLUTE_GROWTH,
                List.of(tape(40, 70.0, 100.0, null), tape(1, 71.0, 101.0, null)))).isEmpty();
        // the waist shrank, less than the hips: it did not grow
        assertThat(MeasurementCalculator.waistAgainstHips(Goal.GLUTE_GROWTH,
                List.of(tape(40, 70.0, 100.0, null), tape(1, 69.5, 98.0, null)))).isEmpty();
    }

    @Test
    void shouldPreferAMeasuredBodyFatAndElseTheNavyEstimateOfTheLatestDay() {
        Taken measured = new Taken(TODAY.minusDays(20), null, null, null, null, 25.0);
        Taken tape = new Taken(TODAY.minusDays(5), 70.0, 100.0, null, 32.0, null);
        // woman 165 cm, waist 70, hip 100, neck 32: Navy 27.4 % (the contract's worked example)
        var latest = MeasurementCalculator.bodyFat(Sex.FEMALE, 165, List.of(measured, tape)).orElseThrow();
        assertThat(latest.percent()).isEqualTo(27.4);
        assertThat(latest.source()).isEqualTo("navy");
        Taken both = new Taken(TODAY.minusDays(2), 70.0, 100.0, null, 32.0, 26.0);
        var sameDay = MeasurementCalculator.bodyFat(Sex.FEMALE, 165, List.of(measured, tape, both)).orElseThrow();
        assertThat(sameDay.percent()).isEqualTo(26.0);
        assertThat(sameDay.source()).isEqualTo("measured");
        // a woman's tape without the hip gives no Navy figure: the older measured one stands
        Taken noHip = new Taken(TODAY.minusDays(1), 70.0, null, null, 32.0, null);
        assertThat(MeasurementCalculator.bodyFat(Sex.FEMALE, 165, List.of(measured, noHip)).orElseThrow().percent())
                .isEqualTo(25.0);
        assertThat(MeasurementCalculator.bodyFat(Sex.FEMALE, 165, List.of(noHip))).isEmpty();
    }
}
