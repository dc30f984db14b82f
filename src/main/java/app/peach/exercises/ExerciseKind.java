package app.peach.exercises;

import app.peach.web.ApiEnum;

/** What an exercise does in a session. */
public enum ExerciseKind implements ApiEnum {
    COMPOUND("compound"),
    ISOLATION("isolation"),
    ACTIVATION("activation"),
    STRETCH("stretch"),
    CORE("core"),
    CARDIO("cardio");

    private final String apiValue;

    ExerciseKind(String apiValue) {
        this.apiValue = apiValue;
    }

    @Override
    public String apiValue() {
        return apiValue;
    }
}
