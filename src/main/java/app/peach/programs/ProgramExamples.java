package app.peach.programs;

/** Worked requests for the OpenAPI document (each runs from Swagger UI). */
final class ProgramExamples {
    private ProgramExamples() {
    }

    static final String GLUTE_GROWTH = """
            {"goal":"glute_growth","level":"intermediate","equipment":["barbell","bench","dumbbell","resistance_band"],"daysPerWeek":4,"sessionMinutes":60,"weightKg":65}""";
    static final String FAT_LOSS = """
            {"goal":"fat_loss","level":"beginner","equipment":["resistance_band"],"daysPerWeek":3,"sessionMinutes":45,"weightKg":80}""";
    static final String HIP_DIPS = """
            {"goal":"hip_dips","level":"beginner","equipment":["resistance_band","ankle_weight"],"daysPerWeek":3,"weightKg":58}""";
    static final String BUTT_LIFT = """
            {"goal":"butt_lift","level":"beginner","equipment":[],"daysPerWeek":2,"sitsMostOfDay":true,"weightKg":68}""";
    static final String MAINTENANCE = """
            {"goal":"maintenance","level":"advanced","equipment":["barbell","bench","dumbbell","cable_machine"],"daysPerWeek":5,"sessionMinutes":50}""";
}
