package app.peach.programs;

import java.util.EnumSet;
import java.util.Set;

import app.peach.exercises.Exercise;
import app.peach.vocabulary.Muscle;

/**
 * What a strength day trains. With 2 or 3 strength days each session trains the whole glutes; with 4 to 6,
 * consecutive days alternate hip extension with abduction and core, and the two share no prime mover, so no
 * muscle is loaded two days running.
 */
enum Focus {
    FULL("whole glutes: hip extension, squat or lunge, and abduction", EnumSet.allOf(Muscle.class)),
    EXTENSION("hip extension: glute max, hamstrings, quads", EnumSet.of(Muscle.GLUTEUS_MAXIMUS, Muscle.HAMSTRINGS,
            Muscle.QUADRICEPS, Muscle.ADDUCTORS, Muscle.CALVES)),
    ABDUCTION("hip abduction and core: glute med and min, core", EnumSet.of(Muscle.GLUTEUS_MEDIUS,
            Muscle.GLUTEUS_MINIMUS, Muscle.CORE, Muscle.LOWER_BACK));

    /** The day's {@code focus} as the client reads it. */
    final String label;
    private final Set<Muscle> primeMovers;

    Focus(String label, Set<Muscle> primeMovers) {
        this.label = label;
        this.primeMovers = primeMovers;
    }

    /** True when every prime mover of {@code e} is one this day may load. */
    boolean allows(Exercise e) {
        return primeMovers.containsAll(e.primaryMuscles());
    }
}
