package app.peach.training.rules;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import app.peach.exercises.Exercise;
import app.peach.exercises.ExerciseKind;
import app.peach.vocabulary.Finding;
import app.peach.vocabulary.Goal;
import app.peach.vocabulary.Muscle;
import app.peach.vocabulary.Severity;
import app.peach.vocabulary.Sources;
import app.peach.vocabulary.Wording;

/**
 * Weekly hard sets per muscle and the two volume findings.
 * <ul>
 * <li>Counting: each working set counts 1 for every primary muscle of the exercise and 0.5 for every secondary
 * one (the catalog's muscles; half a set for a secondary muscle is a common convention, not a finding of the
 * papers below). Activation drills, stretches and cardio are not counted; a failed attempt (0 reps) is not a
 * working set.</li>
 * <li>{@code VOLUME_BELOW_GROWTH_DOSE} (info): a {@code glute_growth} client under 10 weekly sets for
 * gluteus maximus, or a {@code hip_dips} client under 10 for gluteus medius. Schoenfeld, Ogborn &amp; Krieger
 * (J Sports Sci 2017;35:1073–82): 10 or more weekly sets per muscle gave larger gains than fewer.</li>
 * <li>{@code VOLUME_ABOVE_STUDIED_RANGE} (warning): more than 20 weekly sets for one muscle. Baz-Valle et al.
 * (J Hum Kinet 2022;81:199–210): 12–20 weekly sets per muscle, no clear added benefit beyond about 20.</li>
 * </ul>
 */
public final class WeeklyVolume {
    public static final double GROWTH_DOSE_SETS = 10;
    public static final double STUDIED_MAX_SETS = 20;
    public static final String BELOW_GROWTH_DOSE = "VOLUME_BELOW_GROWTH_DOSE";
    public static final String ABOVE_STUDIED_RANGE = "VOLUME_ABOVE_STUDIED_RANGE";
    private static final Set<ExerciseKind> NOT_COUNTED = EnumSet.of(ExerciseKind.ACTIVATION, ExerciseKind.STRETCH,
            ExerciseKind.CARDIO);

    /** Working sets done of one exercise (0-rep failed attempts already left out). */
    public record Work(Exercise exercise, int sets) {
    }

    private WeeklyVolume() {
    }

    /** Sets per muscle, in the vocabulary's muscle order; muscles with no sets are left out. */
    public static Map<Muscle, Double> setsPerMuscle(List<Work> week) {
        Map<Muscle, Double> sets = new EnumMap<>(Muscle.class);
        for (Work w : week) {
            if (w.sets() <= 0 || NOT_COUNTED.contains(w.exercise().kind())) {
                continue;
            }
            for (Muscle m : w.exercise().primaryMuscles()) {
                sets.merge(m, (double) w.sets(), Double::sum);
            }
            for (Muscle m : w.exercise().secondaryMuscles()) {
                sets.merge(m, w.sets() * 0.5, Double::sum);
            }
        }
        return sets;
    }

    /**
     * The volume findings for a client with this goal. {@code trained}: whether the period had any workout at all;
     * without one nothing is known of the client's training, so the growth dose is not judged.
     */
    public static List<Finding> findings(Goal goal, Map<Muscle, Double> sets, boolean trained) {
        List<Finding> out = new ArrayList<>();
        Muscle growing = goal == Goal.GLUTE_GROWTH ? Muscle.GLUTEUS_MAXIMUS
                : goal == Goal.HIP_DIPS ? Muscle.GLUTEUS_MEDIUS : null;
        if (trained && growing != null) {
            double done = sets.getOrDefault(growing, 0.0);
            if (done < GROWTH_DOSE_SETS) {
                out.add(Finding.of(BELOW_GROWTH_DOSE, Severity.INFO, Wording.num(done) + " weekly sets for "
                        + words(growing) + " in the last 7 days: under the " + Wording.num(GROWTH_DOSE_SETS)
                        + " or more a week that gave the most growth (" + goal.apiValue() + "); add sets to reach "
                        + Wording.num(GROWTH_DOSE_SETS) + ".",
                        GROWTH_DOSE_SETS, done, Sources.VOLUME_GROWTH_DOSE));
            }
        }
        sets.forEach((muscle, done) -> {
            if (done > STUDIED_MAX_SETS) {
                out.add(Finding.of(ABOVE_STUDIED_RANGE, Severity.WARNING, Wording.num(done) + " weekly sets for "
                        + words(muscle) + " in the last 7 days: above the " + Wording.num(STUDIED_MAX_SETS)
                        + " a week that studies have tested; more is not shown to add growth and adds fatigue.",
                        STUDIED_MAX_SETS, done, Sources.VOLUME_STUDIED_RANGE));
            }
        });
        return out;
    }

    private static String words(Muscle m) {
        return m.apiValue().replace('_', ' ');
    }
}
