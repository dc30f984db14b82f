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

    static final String RESPONSE = """
            {"goal":"glute_growth","maintenanceKcal":2124,"targetKcal":2283,"adjustmentKcal":159,"weeklyChangeKg":0.14,"macros":{"proteinG":117,"fatG":64,"carbsG":310,"fiberG":32,"proteinGPerKg":1.8},"safety":{"verdict":"ok","findings":[]},"guidance":["Muscles grow when the work is hard enough: add load, slow the lowering phase, or take sets close to fatigue.","Make it a little harder over the weeks (progressive overload): more weight, more reps or more sets.","Eat a little more than you burn: a small surplus, raised slowly, feeds growth without much fat gain.","Aim for 1.4-2.0 g of protein per kg of body weight a day, spread over your meals.","Leave at least one rest day between sessions for the same muscles: they grow while resting.","Work the glutes from several angles: hip thrusts and bridges, squats and lunges, and abduction moves."],"formula":"mifflin_st_jeor","floorKcal":1200,"weeksToTargetWeight":null}""";
}
