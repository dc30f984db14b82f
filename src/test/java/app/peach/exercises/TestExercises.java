package app.peach.exercises;

import java.util.List;

import app.peach.vocabulary.Equipment;
import app.peach.vocabulary.Goal;
import app.peach.vocabulary.Level;
import app.peach.vocabulary.Muscle;

/** Catalog exercises built by hand for plain unit tests, with the muscles and prescriptions of migration V3. */
public final class TestExercises {
    /** V3: primary gluteus_maximus; secondary hamstrings, quadriceps, core; compound; 4 × 10. */
    public static final Exercise HIP_THRUST = of("barbell_hip_thrust", ExerciseKind.COMPOUND, List.of(Muscle.GLUTEUS_MAXIMUS),
            List.of(Muscle.HAMSTRINGS, Muscle.QUADRICEPS, Muscle.CORE), 4, 10, null);
    /** V3: primary hamstrings, gluteus_maximus; secondary lower_back, core; compound; 3 × 10. */
    public static final Exercise ROMANIAN_DEADLIFT = of("romanian_deadlift", ExerciseKind.COMPOUND,
            List.of(Muscle.HAMSTRINGS, Muscle.GLUTEUS_MAXIMUS), List.of(Muscle.LOWER_BACK, Muscle.CORE), 3, 10, null);
    /** V3: primary gluteus_medius, gluteus_minimus; no secondary; isolation; 3 × 15. */
    public static final Exercise SIDE_LYING_ABDUCTION = of("side_lying_hip_abduction", ExerciseKind.ISOLATION,
            List.of(Muscle.GLUTEUS_MEDIUS, Muscle.GLUTEUS_MINIMUS), List.of(), 3, 15, null);
    /** V3: primary gluteus_medius; secondary gluteus_minimus, gluteus_maximus; activation; 3 × 15. */
    public static final Exercise CLAMSHELL = of("clamshell", ExerciseKind.ACTIVATION, List.of(Muscle.GLUTEUS_MEDIUS),
            List.of(Muscle.GLUTEUS_MINIMUS, Muscle.GLUTEUS_MAXIMUS), 3, 15, null);
    /** V3: primary core; secondary gluteus_maximus, lower_back; core; 3 × 30 s hold, no reps. */
    public static final Exercise PLANK = of("plank", ExerciseKind.CORE, List.of(Muscle.CORE),
            List.of(Muscle.GLUTEUS_MAXIMUS, Muscle.LOWER_BACK), 3, null, 30);
    /** V3: primary hip_flexors; secondary quadriceps; stretch; 2 × 30 s hold. */
    public static final Exercise HIP_FLEXOR_STRETCH = of("static_hip_flexor_stretch", ExerciseKind.STRETCH,
            List.of(Muscle.HIP_FLEXORS), List.of(Muscle.QUADRICEPS), 2, null, 30);

    private TestExercises() {
    }

    public static Exercise of(String slug, ExerciseKind kind, List<Muscle> primary, List<Muscle> secondary, int sets,
            Integer reps, Integer holdSeconds) {
        return new Exercise(slug, slug.replace('_', ' '), primary, secondary, List.of(Equipment.BODYWEIGHT), Level.BEGINNER,
                kind, List.of("cue"), 3.5, "02054", "resistance training", new Prescription(sets, reps, holdSeconds, 90),
                List.of(Goal.GLUTE_GROWTH), List.of("reference"), 3, false);
    }
}
