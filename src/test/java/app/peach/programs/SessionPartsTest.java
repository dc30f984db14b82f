package app.peach.programs;

import static app.peach.programs.TestExercises.planned;
import static app.peach.programs.TestExercises.timed;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import app.peach.exercises.ExerciseKind;

/** sessionMinutes drops lower-priority work, one exercise at a time, until the day fits. */
class SessionPartsTest {
    // Seconds each (hold + 30 s set-up): warm-up 90 + 90, daily pair 150, main 270 × 3, core 90 + 90, cool-down 90;
    // the whole session 180 + 150 + 810 + 180 + 90 = 1410 s (23.5 min).
    static final SessionParts SESSION = new SessionParts(
            List.of(planned(timed("w1", ExerciseKind.ACTIVATION, 60)), planned(timed("w2", ExerciseKind.ACTIVATION, 60))),
            List.of(planned(timed("d", ExerciseKind.STRETCH, 120))),
            List.of(planned(timed("m1", ExerciseKind.COMPOUND, 240)), planned(timed("m2", ExerciseKind.COMPOUND, 240)),
                    planned(timed("m3", ExerciseKind.ISOLATION, 240))),
            List.of(planned(timed("c1", ExerciseKind.CORE, 60)), planned(timed("c2", ExerciseKind.CORE, 60))),
            List.of(planned(timed("cd", ExerciseKind.STRETCH, 60))));

    @ParameterizedTest(name = "{0} min → {1}")
    @CsvSource(delimiter = '|', value = {
            // no limit: everything
            "  |w1 w2 d m1 m2 m3 c1 c2 cd|true|24",
            // 1410 s > 1380 s: the cool-down goes (1320 s)
            "23|w1 w2 d m1 m2 m3 c1 c2|true|22",
            // 1320 - c2 = 1230 > 1200; - w2 = 1140 fits
            "20|w1 d m1 m2 m3 c1|true|19",
            // 1140 - m3 = 870 > 720; - m2 = 600 fits
            "12|w1 d m1 c1|true|10",
            // 600 - c1 = 510 > 480; - w1 = 420 fits
            "8|d m1|true|7",
            // the daily pair and the first lift alone are 420 s = 7 min > 6: kept, and they do not fit
            "6|d m1|false|7" })
    void shouldDropLowerPriorityWorkFirst(Integer minutes, String kept, boolean fits, int keptMinutes) {
        SessionParts.Fitted fitted = SESSION.fitWithin(minutes);
        assertThat(fitted.exercises()).extracting(PlannedExercise::slug).containsExactly(kept.split(" "));
        assertThat(fitted.fits()).isEqualTo(fits);
        assertThat(fitted.minutes()).isEqualTo(keptMinutes);
    }
}
