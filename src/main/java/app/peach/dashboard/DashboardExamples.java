package app.peach.dashboard;

/** The server's real answer, for the OpenAPI document. */
final class DashboardExamples {
    static final String PAGE = """
            {"items":[{"clientId":"256989f9-5808-4ce5-a6eb-b2881a42f9ae","name":"Dana R.","goal":"glute_growth","verdict":"ok","trendWeightKg":71.23,"observedWeeklyRateKg":-0.32,"findings":[],"pendingCheckInId":null,"daysSinceApprovedCheckIn":7,"lastWorkoutDate":"2026-11-20","workoutDaysLast14":6}],"page":0,"size":20,"total":1}""";

    private DashboardExamples() {
    }
}
