package app.peach.training.rules;

import app.peach.exercises.Exercise;
import app.peach.exercises.Prescription;

/**
 * Energy spent on logged exercise, for the energy-availability rule: METs × body weight (kg) × hours, the
 * Compendium of Physical Activities' definition (Ainsworth et al., Med Sci Sports Exerc 2011;43:1575–81), with
 * the exercise's catalog MET. The hours come from the same duration model as a planned session's
 * ({@link Exercise#setSeconds}): every logged set's work at the catalog tempo, the prescription's rest between
 * the sets and one set-up. For hold exercises (a prescription without reps) each set with reps ≥ 1 is one hold of
 * the prescribed length; a failed attempt (0 reps) adds no work but is still a set rested after.
 */
public final class WorkoutEnergy {

    /** One exercise of one workout: sets logged, sets with reps ≥ 1, reps done in all. */
    public record Done(Exercise exercise, int sets, int workingSets, int reps) {
    }

    private WorkoutEnergy() {
    }

    /** Estimated seconds of one exercise of one workout. */
    public static int seconds(Done d) {
        Exercise e = d.exercise();
        Prescription p = e.prescription();
        // a set's work is linear in its reps, so the reps of all sets can be summed first
        int work = p.reps() != null ? e.setSeconds(d.reps(), p.holdSeconds()) : d.workingSets() * e.setSeconds(null, p.holdSeconds());
        int rest = p.restSeconds() == null ? 0 : p.restSeconds() * Math.max(0, d.sets() - 1);
        return work + rest + e.setupSeconds();
    }

    /** MET-hours of one exercise of one workout: multiply by body weight in kg for kcal. */
    public static double metHours(Done d) {
        return d.exercise().met() * seconds(d) / 3600.0;
    }
}
