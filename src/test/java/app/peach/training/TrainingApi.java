package app.peach.training;

import static app.peach.coaching.CoachingApi.as;

/** Test helpers beside {@code CoachingApi}: a client with a goal, workout bodies. */
final class TrainingApi {
    private TrainingApi() {
    }

    static String newClient(String key, String goal) {
        return as(key).body("{\"name\":\"Lifter\",\"sex\":\"female\",\"birthDate\":\"1994-05-17\",\"heightCm\":165,"
                + "\"activityLevel\":\"moderately_active\",\"goal\":\"" + goal + "\",\"level\":\"intermediate\"}")
                .when().post("/api/v1/clients").then().statusCode(201).extract().path("id");
    }

    /** One exercise entry: slug, optional range, then sets as reps@kg (kg may be left out) with an optional /rir. */
    static String exercise(String slug, Integer repsMin, Integer repsMax, String... sets) {
        StringBuilder sb = new StringBuilder("{\"slug\":\"" + slug + "\"");
        if (repsMin != null) {
            sb.append(",\"repsMin\":").append(repsMin).append(",\"repsMax\":").append(repsMax);
        }
        sb.append(",\"sets\":[");
        for (int i = 0; i < sets.length; i++) {
            String[] rirSplit = sets[i].split("/");
            String[] parts = rirSplit[0].split("@");
            sb.append(i == 0 ? "" : ",").append("{\"reps\":").append(parts[0]);
            if (parts.length > 1) {
                sb.append(",\"loadKg\":").append(parts[1]);
            }
            if (rirSplit.length > 1) {
                sb.append(",\"rir\":").append(rirSplit[1]);
            }
            sb.append('}');
        }
        return sb.append("]}").toString();
    }

    static String workout(String... exercises) {
        return "{\"exercises\":[" + String.join(",", exercises) + "]}";
    }
}
