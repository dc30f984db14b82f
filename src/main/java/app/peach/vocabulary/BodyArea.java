package app.peach.vocabulary;

/** Body areas a client may want to change ({@code targetAreas}). */
public enum BodyArea implements WireValue {
    GLUTES,
    HIPS,
    THIGHS,
    BELLY,
    ARMS,
    BACK;
}
