package app.peach.training;

import static app.peach.coaching.CoachingApi.as;
import static app.peach.coaching.CoachingApi.newCoachKey;
import static app.peach.training.TrainingApi.exercise;
import static app.peach.training.TrainingApi.newClient;
import static app.peach.training.TrainingApi.workout;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class TrainingResourceTest {
    @Inject
    Clock clock;
    @Inject
    RecordedEvents events;

    LocalDate today() {
        return LocalDate.now(clock);
    }

    String workouts(String client) {
        return "/api/v1/clients/" + client + "/workouts/";
    }

    @Test
    void shouldRecordReplaceListAndDeleteAWorkoutPerDate() {
        String key = newCoachKey();
        String id = newClient(key, "glute_growth");
        LocalDate day = today().minusDays(2);
        String first = workout(exercise("barbell_hip_thrust", 8, 12, "12@100/2", "11@100"), exercise("glute_bridge", null, null, "15"));
        as(key).body(first).when().put(workouts(id) + day).then().statusCode(201)
                .body("date", equalTo(day.toString()))
                .body("exercises.slug", contains("barbell_hip_thrust", "glute_bridge"))
                .body("exercises[0].name", equalTo("Barbell hip thrust"))
                .body("exercises[0].sets[0].loadKg", equalTo(100.0f)).body("exercises[0].sets[0].rir", equalTo(2))
                // a rep range left out is the catalog prescription's reps, for both ends (glute bridge: 3 × 15)
                .body("exercises[1].repsMin", equalTo(15)).body("exercises[1].repsMax", equalTo(15))
                .body("exercises[1].sets[0]", equalTo(Map.of("reps", 15)));
        as(key).body(workout(exercise("romanian_deadlift", 8, 10, "10@62.5"))).when().put(workouts(id) + day)
                .then().statusCode(200).body("exercises.slug", contains("romanian_deadlift"));
        as(key).body(workout(exercise("plank", null, null, "1"))).when().put(workouts(id) + today()).then().statusCode(201)
                .body("exercises[0].repsMin", nullValue());
        as(key).when().get(workouts(id) + day).then().statusCode(200)
                .body("exercises.slug", contains("romanian_deadlift")).body("exercises[0].sets[0].loadKg", equalTo(62.5f));
        as(key).when().get("/api/v1/clients/" + id + "/workouts").then().statusCode(200)
                .body("date", contains(day.toString(), today().toString()));
        as(key).queryParam("from", today().toString()).when().get("/api/v1/clients/" + id + "/workouts")
                .then().statusCode(200).body("", hasSize(1));
        as(key).when().delete(workouts(id) + day).then().statusCode(204);
        as(key).when().get(workouts(id) + day).then().statusCode(404).contentType("application/problem+json");
        as(key).when().delete(workouts(id) + day).then().statusCode(404);
    }

    @Test
    void shouldFireWorkoutRecordedInsideTheWritesTransaction() {
        String key = newCoachKey();
        String id = newClient(key, "maintenance");
        as(key).body(workout(exercise("glute_bridge", null, null, "15"))).when().put(workouts(id) + today()).then().statusCode(201);
        var recorded = events.seen().stream().filter(s -> s.event().clientId().toString().equals(id)).toList();
        assertThat(recorded).singleElement().satisfies(s -> {
            assertThat(s.event().type()).isEqualTo("workout.recorded");
            assertThat(s.event().data()).isEqualTo(Map.of("date", today().toString()));
            assertThat(s.inTransaction()).isTrue();
        });
    }

    @Test
    void shouldAnswer404ToAnotherCoachAnd401WithoutAKeyOnEveryTrainingPath() {
        String owner = newCoachKey();
        String other = newCoachKey();
        String id = newClient(owner, "glute_growth");
        String body = workout(exercise("glute_bridge", null, null, "15"));
        as(owner).body(body).when().put(workouts(id) + today()).then().statusCode(201);
        String[][] calls = { { "PUT", workouts(id) + today(), body }, { "GET", workouts(id) + today(), null },
                { "DELETE", workouts(id) + today(), null }, { "GET", "/api/v1/clients/" + id + "/workouts", null },
                { "GET", "/api/v1/clients/" + id + "/training", null } };
        for (String[] call : calls) {
            var withOther = as(other);
            var withNone = given().contentType("application/json");
            if (call[2] != null) {
                withOther.body(call[2]);
                withNone.body(call[2]);
            }
            withOther.request(call[0], call[1]).then().statusCode(404).contentType("application/problem+json");
            withNone.request(call[0], call[1]).then().statusCode(401).contentType("application/problem+json");
        }
        as(owner).when().get(workouts(id) + today()).then().statusCode(200);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "unknown exercise|{\"exercises\":[{\"slug\":\"bench_press\",\"sets\":[{\"reps\":5}]}]}|exercises[0].slug",
            "negative reps|{\"exercises\":[{\"slug\":\"glute_bridge\",\"sets\":[{\"reps\":5},{\"reps\":-1}]}]}|exercises[0].sets[1].reps",
            "absurd reps|{\"exercises\":[{\"slug\":\"glute_bridge\",\"sets\":[{\"reps\":101}]}]}|exercises[0].sets[0].reps",
            "missing reps|{\"exercises\":[{\"slug\":\"glute_bridge\",\"sets\":[{\"loadKg\":20}]}]}|exercises[0].sets[0].reps",
            "negative load|{\"exercises\":[{\"slug\":\"glute_bridge\",\"sets\":[{\"reps\":5,\"loadKg\":-2.5}]}]}|exercises[0].sets[0].loadKg",
            "absurd load|{\"exercises\":[{\"slug\":\"glute_bridge\",\"sets\":[{\"reps\":5,\"loadKg\":1000.5}]}]}|exercises[0].sets[0].loadKg",
            "absurd rir|{\"exercises\":[{\"slug\":\"glute_bridge\",\"sets\":[{\"reps\":5,\"rir\":11}]}]}|exercises[0].sets[0].rir",
            "empty sets|{\"exercises\":[{\"slug\":\"glute_bridge\",\"sets\":[]}]}|exercises[0].sets",
            "empty exercises|{\"exercises\":[]}|exercises",
            "no exercises|{\"notes\":\"rest day\"}|exercises",
            "null exercise|{\"exercises\":[null]}|exercises[0]",
            "null set|{\"exercises\":[{\"slug\":\"plank\",\"sets\":[{\"reps\":1},null]}]}|exercises[0].sets[1]",
            "fractional reps|{\"exercises\":[{\"slug\":\"glute_bridge\",\"sets\":[{\"reps\":1.5}]}]}|exercises[0].sets[0].reps",
            "control characters in notes|{\"exercises\":[{\"slug\":\"plank\",\"sets\":[{\"reps\":1}]}],\"notes\":\"a\\u0000b\"}|notes",
            "twice the same|{\"exercises\":[{\"slug\":\"glute_bridge\",\"sets\":[{\"reps\":5}]},{\"slug\":\"glute_bridge\",\"sets\":[{\"reps\":5}]}]}|exercises[1].slug",
            "range upside down|{\"exercises\":[{\"slug\":\"glute_bridge\",\"repsMin\":12,\"repsMax\":8,\"sets\":[{\"reps\":5}]}]}|exercises[0].repsMin",
            "min above the catalog's reps|{\"exercises\":[{\"slug\":\"barbell_hip_thrust\",\"repsMin\":12,\"sets\":[{\"reps\":5}]}]}|exercises[0].repsMin",
            "reps min 0|{\"exercises\":[{\"slug\":\"glute_bridge\",\"repsMin\":0,\"repsMax\":8,\"sets\":[{\"reps\":5}]}]}|exercises[0].repsMin",
            "reps as text|{\"exercises\":[{\"slug\":\"glute_bridge\",\"sets\":[{\"reps\":\"five\"}]}]}|exercises[0].sets[0].reps" })
    void shouldRejectBadInputNamingTheFieldAndWriteNothing(String kind, String body, String field) {
        String key = newCoachKey();
        String id = newClient(key, "glute_growth");
        LocalDate kept = today().minusDays(1);
        as(key).body(workout(exercise("barbell_hip_thrust", 8, 12, "10@80"))).when().put(workouts(id) + kept).then().statusCode(201);
        as(key).body(body).when().put(workouts(id) + kept).then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem(field));
        as(key).body(body).when().put(workouts(id) + today()).then().statusCode(400);
        // nothing half-written: the old workout stands, the new date has none
        as(key).when().get(workouts(id) + kept).then().statusCode(200).body("exercises.slug", contains("barbell_hip_thrust"))
                .body("exercises[0].sets[0].loadKg", equalTo(80.0f));
        as(key).when().get(workouts(id) + today()).then().statusCode(404);
    }

    @Test
    void shouldRefuseDatesAfterTomorrowAndBadRanges() {
        String key = newCoachKey();
        String id = newClient(key, "glute_growth");
        String body = workout(exercise("glute_bridge", null, null, "15"));
        as(key).body(body).when().put(workouts(id) + today().plusDays(1)).then().statusCode(201);
        as(key).body(body).when().put(workouts(id) + today().plusDays(2)).then().statusCode(400)
                .body("violations.field", contains("date"));
        // a bad date and a bad slug are reported together
        as(key).body(workout(exercise("bench_press", null, null, "5"))).when().put(workouts(id) + "2026-02-30")
                .then().statusCode(400).body("violations.field", contains("date", "exercises[0].slug"));
        as(key).queryParam("from", "yesterday").when().get("/api/v1/clients/" + id + "/training")
                .then().statusCode(400).body("violations.field", hasItem("from"));
        as(key).queryParam("from", today().toString()).queryParam("to", today().minusDays(1).toString())
                .when().get("/api/v1/clients/" + id + "/training").then().statusCode(400).body("violations.field", hasItem("from"));
        as(key).queryParam("from", today().minusDays(400).toString()).when().get("/api/v1/clients/" + id + "/training")
                .then().statusCode(400).body("violations.field", hasItem("from"));
    }

    @Test
    void shouldCountTheWeeklySetsOfTwoHipThrustSessionsFromTheCatalogsMuscles() {
        String key = newCoachKey();
        String id = newClient(key, "glute_growth");
        String fourSets = workout(exercise("barbell_hip_thrust", 8, 12, "10@80", "10@80", "10@80", "10@80"));
        as(key).body(fourSets).when().put(workouts(id) + today().minusDays(4)).then().statusCode(201);
        as(key).body(fourSets).when().put(workouts(id) + today().minusDays(1)).then().statusCode(201);
        // the catalog's hip thrust: primary gluteus_maximus (1 a set), secondary hamstrings, quadriceps, core (0.5 a set)
        JsonPath training = as(key).when().get("/api/v1/clients/" + id + "/training").then().statusCode(200)
                .body("from", equalTo(today().minusDays(27).toString())).body("to", equalTo(today().toString()))
                .extract().jsonPath();
        assertThat(training.getList("weeklySets.muscle")).containsExactly("gluteus_maximus", "quadriceps", "hamstrings", "core");
        assertThat(training.getList("weeklySets.sets", Float.class)).containsExactly(8f, 4f, 4f, 4f);
        // 8 weekly sets for a glute_growth client: under the growth dose of 10
        assertThat(training.getList("findings.code")).containsExactly("VOLUME_BELOW_GROWTH_DOSE");
        assertThat(training.getFloat("findings[0].actual")).isEqualTo(8f);
        assertThat(training.getString("findings[0].severity")).isEqualTo("info");
        assertThat(training.getString("findings[0].source")).contains("Schoenfeld");
    }

    @Test
    void shouldGiveTheContractsWorkedValues() {
        String key = newCoachKey();
        String id = newClient(key, "maintenance");
        for (int s = 0; s < 3; s++) {
            // hip thrust 100 kg and RDL 42 kg at the top of 3 × 5 twice (increase); squat 100 kg and sumo squat 42 kg
            // with a set short of 8 three times (deload)
            String rirOnLast = s == 2 ? "/2" : "";
            as(key).body(workout(exercise("barbell_hip_thrust", 3, 5, "5@100", "5@100", "5@100" + rirOnLast),
                    exercise("romanian_deadlift", 3, 5, "5@42", "5@42"),
                    exercise("barbell_back_squat", 8, 12, "8@100", "7@100"),
                    exercise("sumo_squat", 8, 12, "8@42", "0@42"))).when().put(workouts(id) + today().minusDays(6 - 2 * s))
                    .then().statusCode(201);
        }
        JsonPath t = as(key).when().get("/api/v1/clients/" + id + "/training").then().statusCode(200).extract().jsonPath();
        assertThat(t.getList("exercises.slug")).containsExactly("barbell_back_squat", "barbell_hip_thrust",
                "romanian_deadlift", "sumo_squat");
        // squat: deload 100 → 2.5 × round(0.9 × 100 / 2.5) = 90; Epley best 100 × (1 + 8 / 30) = 126.7
        assertThat(progress(t, 0)).containsExactly("deload", 100f, 90f, 126.7f);
        // hip thrust: increase 100 → 105; best 100 × 5 at rir 2 = 100 × (1 + 7 / 30) = 123.3 (116.7 without rir)
        assertThat(progress(t, 1)).containsExactly("increase", 100f, 105f, 123.3f);
        // RDL: increase 42 → 44.5; best 42 × (1 + 5 / 30) = 49
        assertThat(progress(t, 2)).containsExactly("increase", 42f, 44.5f, 49f);
        // sumo squat: deload 42 → 2.5 × round(15.12) = 37.5; best 42 × (1 + 8 / 30) = 53.2
        assertThat(progress(t, 3)).containsExactly("deload", 42f, 37.5f, 53.2f);
        assertThat(t.getInt("exercises[1].sessions")).isEqualTo(3);
        assertThat(t.getString("exercises[3].reason")).isEqualTo("A set fell below 8 reps (the bottom of 8–12) in each of "
                + "the last three sessions: take about 10 % off, to 37.5 kg, and build back up.");
        // up to the first session only: one session at the top of the range is a hold, and 100 × 5 gives 116.7
        as(key).queryParam("to", today().minusDays(5).toString()).when().get("/api/v1/clients/" + id + "/training")
                .then().statusCode(200).body("exercises[1].decision", equalTo("hold"))
                .body("exercises[1].bestE1rmKg", equalTo(116.7f));
    }

    @Test
    void shouldReportNoDataForAnExerciseDroppedBeforeThePeriod() {
        String key = newCoachKey();
        String id = newClient(key, "maintenance");
        as(key).body(workout(exercise("romanian_deadlift", 8, 12, "10@60"))).when().put(workouts(id) + today().minusDays(40))
                .then().statusCode(201);
        as(key).when().get("/api/v1/clients/" + id + "/training").then().statusCode(200)
                .body("exercises[0].slug", equalTo("romanian_deadlift")).body("exercises[0].decision", equalTo("no_data"))
                .body("exercises[0].sessions", equalTo(0)).body("exercises[0].nextLoadKg", nullValue())
                .body("exercises[0].lastLoadKg", equalTo(60.0f)).body("weeklySets", hasSize(0)).body("findings", hasSize(0));
    }

    @Test
    void shouldShowTrainingBesideWeightOnProgressAndTheDashboard() {
        String key = newCoachKey();
        String lifter = newClient(key, "glute_growth");
        String idle = newClient(key, "glute_growth");
        for (int d : new int[] { 20, 12, 9, 5, 2 }) {
            as(key).body(workout(exercise("barbell_hip_thrust", 8, 12, "10@80", "10@80", "10@80")))
                    .when().put(workouts(lifter) + today().minusDays(d)).then().statusCode(201);
        }
        // days 12, 9, 5 and 2 are in the last 14; the last 7 days hold 6 sets for gluteus_maximus
        as(key).when().get("/api/v1/clients/" + lifter + "/progress").then().statusCode(200)
                .body("lastWorkoutDate", equalTo(today().minusDays(2).toString())).body("workoutDaysLast14", equalTo(4))
                .body("findings.code", hasItem("VOLUME_BELOW_GROWTH_DOSE")).body("verdict", equalTo("ok"));
        as(key).when().get("/api/v1/clients/" + idle + "/progress").then().statusCode(200)
                .body("lastWorkoutDate", nullValue()).body("workoutDaysLast14", equalTo(0))
                .body("findings.code", not(hasItem("VOLUME_BELOW_GROWTH_DOSE")));
        JsonPath dashboard = as(key).when().get("/api/v1/dashboard").then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> items = dashboard.getList("items");
        Map<String, Object> entry = items.stream().filter(i -> lifter.equals(i.get("clientId"))).findFirst().orElseThrow();
        assertThat(entry).containsEntry("lastWorkoutDate", today().minusDays(2).toString()).containsEntry("workoutDaysLast14", 4);
        Map<String, Object> none = items.stream().filter(i -> idle.equals(i.get("clientId"))).findFirst().orElseThrow();
        assertThat(none).containsEntry("lastWorkoutDate", null).containsEntry("workoutDaysLast14", 0);
    }

    @Test
    void shouldWarnAboveTwentyWeeklySetsAndTurnTheProgressVerdictToCaution() {
        String key = newCoachKey();
        String id = newClient(key, "glute_growth");
        String eleven = workout(exercise("barbell_hip_thrust", 8, 12, "10@80", "10@80", "10@80", "10@80", "10@80", "10@80",
                "10@80", "10@80", "10@80", "10@80", "10@80"));
        as(key).body(eleven).when().put(workouts(id) + today().minusDays(3)).then().statusCode(201);
        as(key).body(eleven).when().put(workouts(id) + today()).then().statusCode(201);
        // 22 sets for gluteus_maximus (11 for its three secondary muscles)
        as(key).when().get("/api/v1/clients/" + id + "/training").then().statusCode(200)
                .body("findings.code", contains("VOLUME_ABOVE_STUDIED_RANGE")).body("findings[0].actual", equalTo(22.0f));
        as(key).when().get("/api/v1/clients/" + id + "/progress").then().statusCode(200)
                .body("verdict", equalTo("caution")).body("findings.code", hasItem("VOLUME_ABOVE_STUDIED_RANGE"));
    }

    @Test
    void shouldDocumentEveryTrainingOperationWithItsIdAndExamples() {
        JsonPath doc = given().accept("application/json").when().get("/q/openapi").then().statusCode(200).extract().jsonPath();
        String one = "paths.'/api/v1/clients/{id}/workouts/{date}'.";
        String all = "paths.'/api/v1/clients/{id}/workouts'.get.";
        String training = "paths.'/api/v1/clients/{id}/training'.get.";
        assertThat(doc.getString(one + "put.operationId")).isEqualTo("recordWorkout");
        assertThat(doc.getString(one + "get.operationId")).isEqualTo("getWorkout");
        assertThat(doc.getString(one + "delete.operationId")).isEqualTo("deleteWorkout");
        assertThat(doc.getString(all + "operationId")).isEqualTo("listWorkouts");
        assertThat(doc.getString(training + "operationId")).isEqualTo("getTraining");
        assertThat(doc.getString(one + "put.requestBody.content.'application/json'.examples.'lower body'.value"))
                .contains("barbell_hip_thrust");
        assertThat(doc.getString(one + "put.responses.'201'.content.'application/json'.examples.recorded.value"))
                .contains("Barbell hip thrust");
        assertThat(doc.getString(training + "responses.'200'.content.'application/json'.examples.training.value"))
                .contains("VOLUME_BELOW_GROWTH_DOSE");
        assertThat(doc.getMap(one + "put.responses.'400'.content")).containsKey("application/problem+json");
        assertThat(doc.getList("tags.name")).contains("Training");
    }

    private static List<Object> progress(JsonPath t, int i) {
        String at = "exercises[" + i + "].";
        return List.of(t.getString(at + "decision"), t.getFloat(at + "lastLoadKg"), t.getFloat(at + "nextLoadKg"),
                t.getFloat(at + "bestE1rmKg"));
    }
}
