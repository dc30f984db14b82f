package app.peach.vocabulary;

/** Muscle slugs of the contract ({@code muscleGroups}, {@code muscle} filters). */
public enum Muscle implements WireValue {
    GLUTEUS_MAXIMUS,
    GLUTEUS_MEDIUS,
    GLUTEUS_MINIMUS,
    HIP_FLEXORS,
    QUADRICEPS,
    HAMSTRINGS,
    ADDUCTORS,
    CORE,
    LOWER_BACK,
    LATISSIMUS_DORSI,
    CALVES;
}
