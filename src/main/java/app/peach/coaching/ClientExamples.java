package app.peach.coaching;

/** Worked requests and the server's real answers to them, for the OpenAPI document (each runs from Swagger UI). */
final class ClientExamples {
    static final String ID = "256989f9-5808-4ce5-a6eb-b2881a42f9ae";
    static final String REQUEST = """
            {"name":"Dana R.","sex":"female","birthDate":"1994-05-17","heightCm":165,"activityLevel":"lightly_active","goal":"fat_loss","level":"beginner","notes":"Desk job; knee surgery in 2019."}""";
    static final String CREATED = """
            {"id":"256989f9-5808-4ce5-a6eb-b2881a42f9ae","name":"Dana R.","sex":"female","birthDate":"1994-05-17","age":32,"heightCm":165.0,"activityLevel":"lightly_active","goal":"fat_loss","level":"beginner","notes":"Desk job; knee surgery in 2019.","version":0,"createdAt":"2026-11-23T23:14:21.629015Z","updatedAt":"2026-11-23T23:14:21.629015Z"}""";
    static final String UPDATE = """
            {"name":"Dana R.","sex":"female","birthDate":"1994-05-17","heightCm":165,"activityLevel":"moderately_active","goal":"glute_growth","level":"intermediate","notes":"Desk job; knee surgery in 2019.","version":0}""";
    static final String UPDATED = """
            {"id":"256989f9-5808-4ce5-a6eb-b2881a42f9ae","name":"Dana R.","sex":"female","birthDate":"1994-05-17","age":32,"heightCm":165.0,"activityLevel":"moderately_active","goal":"glute_growth","level":"intermediate","notes":"Desk job; knee surgery in 2019.","version":1,"createdAt":"2026-11-23T23:14:21.629015Z","updatedAt":"2026-11-23T23:14:23.836766Z"}""";
    static final String PAGE = """
            {"items":[{"id":"256989f9-5808-4ce5-a6eb-b2881a42f9ae","name":"Dana R.","sex":"female","birthDate":"1994-05-17","age":32,"heightCm":165.0,"activityLevel":"moderately_active","goal":"glute_growth","level":"intermediate","notes":"Desk job; knee surgery in 2019.","version":1,"createdAt":"2026-11-23T23:14:21.629015Z","updatedAt":"2026-11-23T23:14:23.836766Z"}],"page":0,"size":20,"total":1}""";
    static final String WEIGH_IN = """
            {"date":"2026-11-21","weightKg":71.4}""";
    static final String WEIGH_INS = """
            [{"date":"2026-11-17","weightKg":71.2},{"date":"2026-11-18","weightKg":71.1},{"date":"2026-11-19","weightKg":71.0},{"date":"2026-11-20","weightKg":71.0},{"date":"2026-11-21","weightKg":71.4}]""";
    static final String INTAKE = """
            {"date":"2026-11-21","kcal":1750,"proteinG":120}""";
    static final String INTAKES = """
            [{"date":"2026-11-19","kcal":1795,"proteinG":120},{"date":"2026-11-20","kcal":1800,"proteinG":120},{"date":"2026-11-21","kcal":1750,"proteinG":120}]""";
    static final String COACH_REQUEST = """
            {"name":"Alex Coach","email":"alex@example.com"}""";
    static final String COACH_CREATED = """
            {"id":"dbda49dd-e366-4fd3-aa09-73c4da12d68e","name":"Alex Coach","apiKey":"pk_A3IovC3h-pq9olJlU2EKtS1CEfSxAqxWxBthiucQVxQ"}""";

    private ClientExamples() {
    }
}
