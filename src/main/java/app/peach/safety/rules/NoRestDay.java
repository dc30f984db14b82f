package app.peach.safety.rules;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import app.peach.safety.Plan;
import app.peach.safety.TrainingDay;
import app.peach.vocabulary.Finding;
import app.peach.vocabulary.Muscle;
import app.peach.vocabulary.Severity;
import app.peach.vocabulary.Sources;

/** Warning: the same muscle group trained on consecutive days; the week is a cycle (day 7, then day 1). */
public final class NoRestDay extends BaseRule {
    public NoRestDay() {
        super("NO_REST_DAY", Severity.WARNING, Sources.ACSM_REST,
                "The same muscle group trained on consecutive days (day 7 is followed by day 1).");
    }

    @Override
    public Optional<Finding> evaluate(Plan p) {
        if (p.trainingDays() == null || p.trainingDays().isEmpty()) {
            return Optional.empty();
        }
        List<String> clashes = consecutiveDays(p.trainingDays());
        if (clashes.isEmpty()) {
            return Optional.empty();
        }
        return finding("No rest day between sessions for the same muscles: " + String.join("; ", clashes)
                + ". Muscles grow and recover on the days between.", 1.0, 0.0);
    }

    /** "gluteus_maximus on days 3 and 4" for every pair of consecutive days sharing a muscle group. */
    public static List<String> consecutiveDays(List<TrainingDay> days) {
        // indexed by day of the week (1-7); index 0 stays empty
        @SuppressWarnings("unchecked")
        Set<Muscle>[] byDay = new Set[8];
        for (TrainingDay d : days) {
            if (d.day() < 1 || d.day() > 7) {
                continue; // not a day of the week: it cannot follow or precede one
            }
            if (byDay[d.day()] == null) {
                byDay[d.day()] = EnumSet.noneOf(Muscle.class);
            }
            byDay[d.day()].addAll(d.muscleGroups());
        }
        List<String> clashes = new ArrayList<>();
        for (int day = 1; day <= 7; day++) {
            int next = day == 7 ? 1 : day + 1;
            Set<Muscle> today = byDay[day];
            Set<Muscle> tomorrow = byDay[next];
            if (today == null || tomorrow == null) {
                continue;
            }
            Set<Muscle> shared = EnumSet.copyOf(today);
            shared.retainAll(tomorrow);
            for (Muscle m : shared) {
                clashes.add(m.apiValue() + " on days " + day + " and " + next);
            }
        }
        return clashes;
    }
}
