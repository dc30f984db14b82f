package app.peach.vocabulary;

/** The glute-training goals of the contract; their policies are rows of the goal catalog (migration V2). */
public enum Goal implements WireValue {
    GLUTE_GROWTH,
    FAT_LOSS,
    HIP_DIPS,
    BUTT_LIFT,
    MAINTENANCE;
}
