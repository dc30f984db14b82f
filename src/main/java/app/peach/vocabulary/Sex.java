package app.peach.vocabulary;

public enum Sex implements WireValue {
    FEMALE,
    MALE;
}
