package app.peach.checkins;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Peach's check-in policy: 10 of 14 days logged, at most 150 kcal/day a step, never under the floor. */
class CheckInCalculatorTest {
    static final Adherence FULL = new Adherence(14, 14, 14);

    @Test
    void shouldProposeNothingWithFewerThanTenDaysOfEitherLog() {
        var d = CheckInCalculator.decide(new Adherence(9, 14, 14), 1800L, 2200, 1200);
        assertThat(d.status()).isEqualTo(CheckInStatus.NO_CHANGE);
        assertThat(d.reason()).isEqualTo(CheckInReason.NOT_ENOUGH_DATA);
        assertThat(d.targetKcal()).isNull();
        assertThat(CheckInCalculator.decide(new Adherence(14, 9, 14), 1800L, 2200, 1200).status())
                .isEqualTo(CheckInStatus.NO_CHANGE);
        assertThat(CheckInCalculator.decide(new Adherence(10, 10, 14), 1800L, 2200, 1200).status())
                .isEqualTo(CheckInStatus.PENDING);
    }

    @Test
    void shouldMoveAtMost150KcalFromTheApprovedTarget() {
        // calculator 2,050 against approved 1,250: +800 wanted, +150 proposed
        var up = CheckInCalculator.decide(FULL, 1250L, 2050, 1200);
        assertThat(up.targetKcal()).isEqualTo(1400);
        assertThat(up.changeKcal()).isEqualTo(150);
        assertThat(up.reason()).isEqualTo(CheckInReason.CAPPED);
        var down = CheckInCalculator.decide(FULL, 2000L, 1700, 1200);
        assertThat(down.targetKcal()).isEqualTo(1850);
        assertThat(down.changeKcal()).isEqualTo(-150);
        // exactly 150 away: not capped
        var step = CheckInCalculator.decide(FULL, 2000L, 2150, 1200);
        assertThat(step.targetKcal()).isEqualTo(2150);
        assertThat(step.reason()).isEqualTo(CheckInReason.ADJUSTED);
        var same = CheckInCalculator.decide(FULL, 2000L, 2000, 1200);
        assertThat(same.changeKcal()).isZero();
        assertThat(same.reason()).isEqualTo(CheckInReason.UNCHANGED);
    }

    @Test
    void shouldNotCapTheFirstCheckIn() {
        var first = CheckInCalculator.decide(FULL, null, 2050, 1200);
        assertThat(first.status()).isEqualTo(CheckInStatus.PENDING);
        assertThat(first.reason()).isEqualTo(CheckInReason.FIRST_CHECK_IN);
        assertThat(first.targetKcal()).isEqualTo(2050);
        assertThat(first.changeKcal()).isNull();
    }

    @Test
    void shouldNeverProposeUnderTheFloor() {
        // an approved target under the male floor (1,500) and a calculator asking for less: the floor
        var d = CheckInCalculator.decide(FULL, 1450L, 1300, 1500);
        assertThat(d.targetKcal()).isEqualTo(1500);
        assertThat(d.changeKcal()).isEqualTo(50);
    }
}
