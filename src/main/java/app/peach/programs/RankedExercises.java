package app.peach.programs;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import app.peach.exercises.Exercise;
import app.peach.vocabulary.Equipment;
import app.peach.vocabulary.Level;
import app.peach.vocabulary.Muscle;

/**
 * The exercises a client can do, best first. Usable: all the exercise needs is at hand (bodyweight always is)
 * and its level is at or below the client's. Best first: the exercises the catalog lists for the goal, then
 * by load (beginners: bodyweight and band work first; intermediate and advanced: weighted lifts first), then by
 * the share of prime movers in the goal's training emphasis; ties keep catalog order. Ranked once per plan:
 * every slot of the week takes the first exercises here that fit it.
 */
final class RankedExercises {
    /** Equipment that adds external load (a bench or a box only supports the body). */
    private static final Set<Equipment> LOAD = EnumSet.of(Equipment.BARBELL, Equipment.DUMBBELL, Equipment.KETTLEBELL,
            Equipment.CABLE_MACHINE, Equipment.LEG_PRESS_MACHINE, Equipment.ANKLE_WEIGHT);

    private final List<Exercise> bestFirst;

    private RankedExercises(List<Exercise> bestFirst) {
        this.bestFirst = bestFirst;
    }

    /** An exercise with its ranking keys, computed once instead of once per comparison. */
    private record Keys(Exercise exercise, boolean offGoal, boolean loadLast, double emphasisShare) {
    }

    static RankedExercises of(List<Exercise> catalog, ProgramInput in) {
        Set<Equipment> have = EnumSet.of(Equipment.BODYWEIGHT);
        have.addAll(in.equipment());
        Set<Muscle> emphasis = EnumSet.noneOf(Muscle.class);
        emphasis.addAll(in.trainingEmphasis());
        boolean beginner = in.level() == Level.BEGINNER;
        List<Keys> usable = new ArrayList<>(catalog.size());
        for (Exercise e : catalog) {
            if (!e.usableWith(have) || !in.level().canDo(e.level())) {
                continue;
            }
            int inEmphasis = 0;
            for (Muscle m : e.primaryMuscles()) {
                if (emphasis.contains(m)) {
                    inEmphasis++;
                }
            }
            usable.add(new Keys(e, !e.goals().contains(in.goal()), beginner == weighted(e),
                    inEmphasis / (double) e.primaryMuscles().size()));
        }
        // List.sort is stable: exercises equal on every key keep their catalog order
        usable.sort(RankedExercises::bestFirst);
        List<Exercise> bestFirst = new ArrayList<>(usable.size());
        for (Keys k : usable) {
            bestFirst.add(k.exercise());
        }
        return new RankedExercises(List.copyOf(bestFirst));
    }

    /** On the goal first, then the level's kind of load first, then the larger share of prime movers in the emphasis. */
    private static int bestFirst(Keys a, Keys b) {
        int order = Boolean.compare(a.offGoal(), b.offGoal());
        if (order == 0) {
            order = Boolean.compare(a.loadLast(), b.loadLast());
        }
        return order != 0 ? order : Double.compare(b.emphasisShare(), a.emphasisShare());
    }

    /** True when the exercise needs equipment that adds load. */
    static boolean weighted(Exercise e) {
        for (Equipment needed : e.equipment()) {
            if (LOAD.contains(needed)) {
                return true;
            }
        }
        return false;
    }

    /** The best usable exercise matching {@code which}. */
    Optional<Exercise> first(Predicate<Exercise> which) {
        for (Exercise e : bestFirst) {
            if (which.test(e)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    /** The usable exercise {@code slug}, if the client can do it. */
    Optional<Exercise> named(String slug) {
        return first(e -> e.slug().equals(slug));
    }

    /** The usable exercises matching {@code which}, best first. */
    List<Exercise> matching(Predicate<Exercise> which) {
        List<Exercise> matching = new ArrayList<>();
        for (Exercise e : bestFirst) {
            if (which.test(e)) {
                matching.add(e);
            }
        }
        return matching;
    }
}
