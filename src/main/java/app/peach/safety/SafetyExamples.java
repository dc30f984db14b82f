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

    static final String RESPONSE = """
            {"verdict":"unsafe","maintenanceKcal":1884,"findings":[{"code":"CALORIES_BELOW_FLOOR","severity":"block","message":"1,100 kcal/day is below the 1,200 kcal/day minimum for women without medical supervision.","limit":1200.0,"actual":1100.0,"source":"Harvard Health Publishing, \\"Calorie counting made easy\\": not below 1,200 kcal/day (women) or 1,500 (men) except under the supervision of a health professional"},{"code":"LOSS_RATE_TOO_FAST","severity":"block","message":"Losing 1 kg a week is faster than the 0.9 kg (2 lb) a week considered safe.","limit":0.9,"actual":1.0,"source":"CDC, \\"Losing Weight\\": about 1-2 lb (0.45-0.9 kg) a week, a 500-1,000 kcal/day deficit"},{"code":"PROTEIN_BELOW_RANGE","severity":"warning","message":"1.2 g/kg of protein a day is below the 1.4-3.1 g/kg range for fat_loss.","limit":1.4,"actual":1.2,"source":"Jäger R et al., ISSN position stand: protein and exercise, J Int Soc Sports Nutr 2017;14:20 (1.4-2.0 g/kg/day; 2.3-3.1 g/kg/day for trained people while dieting)"},{"code":"AEROBIC_BELOW_GUIDELINE","severity":"info","message":"60 moderate-equivalent minutes of aerobic activity a week is under the 150 (or 75 vigorous) recommended; more helps weight loss.","limit":150.0,"actual":60.0,"source":"Physical Activity Guidelines for Americans, 2nd ed. (HHS 2018): 150 min moderate or 75 min vigorous aerobic activity a week, or an equivalent mix"},{"code":"SPOT_REDUCTION","severity":"info","message":"Fat cannot be lost from chosen areas (belly, glutes): a deficit takes it from the whole body, in an order set by your genes. Training the area builds the muscle under it.","limit":null,"actual":null,"source":"Fat is lost across the whole body during an energy deficit; local exercise does not reduce the fat over the exercised muscle (Vispute SS et al., J Strength Cond Res 2011;25:2559-64; Ramirez-Campillo R et al., J Strength Cond Res 2013;27:2219-24)"}]}""";
}
