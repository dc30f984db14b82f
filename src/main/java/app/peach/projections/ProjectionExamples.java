package app.peach.projections;

/** Worked requests for the OpenAPI document (each runs from Swagger UI). */
final class ProjectionExamples {
    private ProjectionExamples() {
    }

    static final String REFERENCE_RUN = """
            {"sex":"male","age":40,"weightKg":90,"heightCm":180,"activityLevel":"moderately_active","physicalActivityLevel":1.5,"dailyKcalChange":-500,"days":364}""";
    static final String PLANNED_INTAKE = """
            {"sex":"female","age":35,"weightKg":80,"heightCm":165,"activityLevel":"lightly_active","dailyKcal":1700}""";
    static final String TARGET = """
            {"sex":"female","age":35,"weightKg":80,"heightCm":165,"activityLevel":"lightly_active","targetWeightKg":72,"days":180}""";
}
