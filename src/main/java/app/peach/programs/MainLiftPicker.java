package app.peach.programs;

import static app.peach.exercises.ExerciseKind.COMPOUND;
import static app.peach.exercises.ExerciseKind.ISOLATION;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import app.peach.exercises.Exercise;
import app.peach.vocabulary.Muscle;

/**
 * Picks each strength day's main lifts (compound and isolation exercises the day's focus allows), best ranked
 * first. A day avoids two lifts with the same prime movers, and a focus repeated in the week rotates to lifts
 * not done yet; variety gives way only when the client's kit runs out of lifts. One picker serves one week,
 * day by day in order, because it remembers the lifts already given.
 */
final class MainLiftPicker {
    /** The passes over the ranked lifts, strictest first; a later pass only fills what the earlier left open. */
    private enum Pass {
        /** Not yet done this week, and prime movers no lift of the day has. */
        NEW_THIS_WEEK,
        /** Prime movers no lift of the day has, even if done earlier in the week. */
        NEW_PRIME_MOVERS,
        /** Any lift not yet in the day. */
        ANY
    }

    /** A lift the day's focus allows, with its prime movers as a set (their order does not matter), copied once. */
    private record Candidate(Exercise exercise, Set<Muscle> primeMovers) {
    }

    private final RankedExercises ranked;
    private final Set<String> usedThisWeek = new HashSet<>();

    MainLiftPicker(RankedExercises ranked) {
        this.ranked = ranked;
    }

    /** Up to {@code wanted} lifts for a day of {@code focus}, in the order the day does them. */
    List<Exercise> pick(Focus focus, int wanted) {
        List<Candidate> candidates = new ArrayList<>();
        for (Exercise e : ranked.matching(e -> (e.kind() == COMPOUND || e.kind() == ISOLATION) && focus.allows(e))) {
            candidates.add(new Candidate(e, EnumSet.copyOf(e.primaryMuscles())));
        }
        List<Exercise> lifts = new ArrayList<>();
        Set<Set<Muscle>> primeMoversOfTheDay = new HashSet<>();
        for (Pass pass : Pass.values()) {
            for (Candidate c : candidates) {
                if (lifts.size() >= wanted) {
                    break;
                }
                if (inDay(lifts, c.exercise()) || (pass != Pass.ANY && primeMoversOfTheDay.contains(c.primeMovers()))
                        || (pass == Pass.NEW_THIS_WEEK && usedThisWeek.contains(c.exercise().slug()))) {
                    continue;
                }
                primeMoversOfTheDay.add(c.primeMovers());
                lifts.add(c.exercise());
            }
        }
        lifts.forEach(e -> usedThisWeek.add(e.slug()));
        return lifts;
    }

    private static boolean inDay(List<Exercise> lifts, Exercise e) {
        for (Exercise lift : lifts) {
            if (lift.slug().equals(e.slug())) {
                return true;
            }
        }
        return false;
    }
}
