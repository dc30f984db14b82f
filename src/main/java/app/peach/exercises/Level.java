package app.peach.exercises;

import app.peach.web.ApiEnum;

/** Training level; an exercise's level is the lowest one it suits. */
public enum Level implements ApiEnum {
    BEGINNER("beginner"),
    INTERMEDIATE("intermediate"),
    ADVANCED("advanced");

    private final String apiValue;

    Level(String apiValue) {
        this.apiValue = apiValue;
    }

    @Override
    public String apiValue() {
        return apiValue;
    }

    /** True when an exercise of {@code exerciseLevel} suits someone at this level. */
    public boolean canDo(Level exerciseLevel) {
        return exerciseLevel.ordinal() <= ordinal();
    }
}
