package app.peach.targets;

/** One worked request per goal for the OpenAPI document (each runs from Swagger UI). */
final class TargetExamples {
    private TargetExamples() {
    }

    static final String GLUTE_GROWTH = """
            {"sex":"female","age":30,"weightKg":65,"heightCm":165,"activityLevel":"moderately_active","goal":"glute_growth"}""";
    static final String FAT_LOSS = """
            {"sex":"female","age":35,"weightKg":80,"heightCm":165,"activityLevel":"lightly_active","goal":"fat_loss","weeklyRateKg":-0.5,"targetWeightKg":70}""";
    static final String HIP_DIPS = """
            {"sex":"female","age":27,"weightKg":58,"heightCm":163,"activityLevel":"moderately_active","goal":"hip_dips"}""";
    static final String BUTT_LIFT = """
            {"sex":"female","age":42,"weightLb":150,"heightIn":64,"activityLevel":"sedentary","goal":"butt_lift"}""";
    static final String MAINTENANCE = """
            {"sex":"male","age":38,"weightKg":82,"heightCm":180,"activityLevel":"very_active","goal":"maintenance"}""";
}
