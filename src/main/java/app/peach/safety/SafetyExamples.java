package app.peach.safety;

/** Worked requests for the OpenAPI document (each runs from Swagger UI). */
final class SafetyExamples {
    private SafetyExamples() {
    }

    static final String CRASH_DIET = """
            {"sex":"female","age":30,"weightKg":65,"heightCm":165,"activityLevel":"lightly_active","goal":"fat_loss",
             "dailyKcal":1100,"weeklyRateKg":-1.0,"proteinGPerKg":1.2,"targetAreas":["belly","glutes"],
             "aerobicMinutesPerWeek":60}""";
    static final String TRAINING_WEEK = """
            {"sex":"female","age":28,"weightKg":60,"heightCm":168,"goal":"glute_growth","dailyKcal":2150,
             "proteinGPerKg":1.8,"strengthDaysPerWeek":3,
             "trainingDays":[{"day":1,"muscleGroups":["gluteus_maximus","hamstrings"]},
                             {"day":2,"muscleGroups":["gluteus_maximus","quadriceps"]},
                             {"day":7,"muscleGroups":["gluteus_medius","hamstrings"]}],
             "aerobicMinutesPerWeek":150}""";
    static final String ENERGY_AVAILABILITY = """
            {"sex":"female","age":24,"weightKg":58,"heightCm":170,"activityLevel":"very_active","dailyKcal":1800,
             "bodyFatPercent":22,"exerciseKcalPerWeek":4200}""";
}
