package app.peach.programs;

import java.util.ArrayList;
import java.util.List;

/**
 * butt_lift: long hours of sitting or cycling shorten the hip flexors and leave the glutes stretched and weak
 * (goal catalog), so the hip-flexor stretch and single-leg hip extension come every day, on strength days too:
 * 2 sets, or 3 for those who sit most of the day or cycle regularly. The days without strength work become
 * mobility days: the pair and foam rolling.
 */
final class ButtLiftRoutine {
    private static final List<String> DAILY_PAIR = List.of("static_hip_flexor_stretch", "single_leg_hip_extension");

    private ButtLiftRoutine() {
    }

    /** The pair the client does every day. */
    static List<PlannedExercise> dailyPair(ProgramInput in, RankedExercises ranked) {
        boolean more = in.sitsMostOfDay() || in.cyclesRegularly();
        String note = more ? "Every day, and again after each long bout of sitting or cycling." : "Every day.";
        List<PlannedExercise> pair = new ArrayList<>();
        for (String slug : DAILY_PAIR) {
            ranked.named(slug).ifPresent(e -> pair.add(Prescriptions.withSets(e, more ? 3 : 2, note)));
        }
        return pair;
    }

    /** A mobility day: the daily pair and foam rolling, none of which a short session drops. */
    static SessionParts mobilityDay(List<PlannedExercise> dailyPair, RankedExercises ranked, Prescriptions rx) {
        List<PlannedExercise> day = new ArrayList<>(dailyPair);
        ranked.named("foam_rolling").ifPresent(e -> day.add(rx.plan(e, null)));
        return SessionParts.dailyOnly(day);
    }
}
