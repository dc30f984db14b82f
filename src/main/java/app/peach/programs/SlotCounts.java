package app.peach.programs;

import app.peach.vocabulary.Goal;

/**
 * How many main lifts and core exercises a strength session takes, by goal and focus. glute_growth trains
 * the glutes from several angles, four lifts a session (three on abduction days); hip_dips puts its volume on
 * the side glutes, four on whole-glute and abduction days, and takes two core exercises; the other goals take
 * three (two on abduction days). Hip-extension days take no core work: it goes with abduction.
 */
final class SlotCounts {
    private SlotCounts() {
    }

    static int mainLifts(Goal goal, Focus focus) {
        return switch (goal) {
            case GLUTE_GROWTH -> focus == Focus.ABDUCTION ? 3 : 4;
            case HIP_DIPS -> focus == Focus.EXTENSION ? 3 : 4;
            case FAT_LOSS, BUTT_LIFT, MAINTENANCE -> focus == Focus.ABDUCTION ? 2 : 3;
        };
    }

    static int coreExercises(Goal goal, Focus focus) {
        if (focus == Focus.EXTENSION) {
            return 0;
        }
        return goal == Goal.HIP_DIPS ? 2 : 1;
    }
}
