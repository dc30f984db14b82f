package app.peach.vocabulary;

/** Training level; an exercise's level is the lowest one it suits. */
public enum Level implements WireValue {
    BEGINNER,
    INTERMEDIATE,
    ADVANCED;

    /** True when an exercise of {@code exerciseLevel} suits someone at this level. */
    public boolean canDo(Level exerciseLevel) {
        return exerciseLevel.ordinal() <= ordinal();
    }
}
