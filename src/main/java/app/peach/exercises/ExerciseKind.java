package app.peach.exercises;

import app.peach.vocabulary.WireValue;

/** What an exercise does in a session. */
public enum ExerciseKind implements WireValue {
    COMPOUND,
    ISOLATION,
    ACTIVATION,
    STRETCH,
    CORE,
    CARDIO;
}
