package app.peach.progress;

/** The server's real answer, for the OpenAPI document. */
final class ProgressExamples {
    static final String CLIENT_ID = "256989f9-5808-4ce5-a6eb-b2881a42f9ae";

    private ProgressExamples() {
    }

    static final String PROGRESS = """
            {"clientId":"256989f9-5808-4ce5-a6eb-b2881a42f9ae","trendWeightKg":71.23,"observedWeeklyRateKg":-0.32,"adaptiveTdeeKcal":2092.0,"dataNeeded":null,"meanIntakeKcal":1769.0,"weighInDays":21,"intakeDays":21,"targets":{"goal":"glute_growth","maintenanceKcal":2092,"targetKcal":2249,"adjustmentKcal":157,"weeklyChangeKg":0.14,"macros":{"proteinG":128,"fatG":63,"carbsG":293,"fiberG":31,"proteinGPerKg":1.8},"safety":{"verdict":"ok","findings":[]},"guidance":["Muscles grow when the work is hard enough: add load, slow the lowering phase, or take sets close to fatigue.","Make it a little harder over the weeks (progressive overload): more weight, more reps or more sets.","Eat a little more than you burn: a small surplus, raised slowly, feeds growth without much fat gain.","Aim for 1.4-2.0 g of protein per kg of body weight a day, spread over your meals.","Leave at least one rest day between sessions for the same muscles: they grow while resting.","Work the glutes from several angles: hip thrusts and bridges, squats and lunges, and abduction moves."],"formula":"mifflin_st_jeor","floorKcal":1200,"weeksToTargetWeight":null},"maintenanceSource":"adaptive","verdict":"ok","findings":[],"measurements":null,"bodyFatPercent":null,"bodyFatSource":null,"lastWorkoutDate":"2026-11-20","workoutDaysLast14":6}""";
}
