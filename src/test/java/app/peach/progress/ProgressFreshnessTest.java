package app.peach.progress;

import static app.peach.ClientApi.as;
import static app.peach.ClientApi.newClient;
import static app.peach.ClientApi.newCoachKey;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Every input of progress a write can change shows in the very next read (weigh-in added and replaced, intake,
 * tape, a workout logged and deleted, the client's profile), and one coach's client stays a 404 for another:
 * what any cache of progress answers (tried once, see bench/README.md) would have to keep true.
 */
@QuarkusTest
class ProgressFreshnessTest {
    @Inject
    Clock clock; // the suite's fixed clock: the day progress is computed for

    @Test
    void shouldShowEveryWriteInTheNextRead() {
        String key = newCoachKey();
        String id = newClient(key, "fat_loss");
        String client = "/api/v1/clients/" + id;
        LocalDate today = LocalDate.now(clock);
        read(key, id).body("weighInDays", equalTo(0)).body("intakeDays", equalTo(0)).body("lastWorkoutDate", nullValue());
        read(key, id).body("weighInDays", equalTo(0)); // the kept answer

        as(key).body("{\"weightKg\":70}").when().put(client + "/weigh-ins/" + today).then().statusCode(201);
        read(key, id).body("weighInDays", equalTo(1)).body("trendWeightKg", equalTo(70.0f));
        as(key).body("{\"weightKg\":71}").when().put(client + "/weigh-ins/" + today).then().statusCode(200);
        read(key, id).body("trendWeightKg", equalTo(71.0f)); // same count of rows, another value

        as(key).body("{\"kcal\":1800,\"proteinG\":120}").when().put(client + "/intake/" + today).then().statusCode(201);
        read(key, id).body("intakeDays", equalTo(1)).body("meanIntakeKcal", equalTo(1800.0f));

        as(key).body("{\"waistCm\":70,\"hipCm\":100,\"neckCm\":32}").when().put(client + "/measurements/" + today)
                .then().statusCode(201);
        read(key, id).body("bodyFatPercent", equalTo(27.4f)); // US Navy from the tape (the contract's example)

        as(key).body("{\"exercises\":[{\"slug\":\"barbell_hip_thrust\",\"sets\":[{\"reps\":10,\"loadKg\":40}]}]}")
                .when().put(client + "/workouts/" + today.minusDays(1)).then().statusCode(201);
        read(key, id).body("lastWorkoutDate", equalTo(today.minusDays(1).toString()));
        as(key).when().delete(client + "/workouts/" + today.minusDays(1)).then().statusCode(204);
        read(key, id).body("lastWorkoutDate", nullValue());

        long before = read(key, id).extract().jsonPath().getLong("targets.targetKcal");
        as(key).header("If-Match", "\"0\"").body("""
                {"name":"Mia","sex":"female","birthDate":"1994-05-17","heightCm":165,"activityLevel":"very_active","goal":"fat_loss"}""")
                .when().put(client).then().statusCode(200);
        read(key, id).body("targets.targetKcal", notNullValue())
                .body("targets.targetKcal", org.hamcrest.Matchers.greaterThan((int) before));
    }

    @Test
    void shouldKeepAClientFromOtherCoaches() {
        String key = newCoachKey();
        String id = newClient(key, "glute_growth");
        read(key, id);
        as(newCoachKey()).when().get("/api/v1/clients/" + id + "/progress").then().statusCode(404)
                .contentType("application/problem+json");
        as(key).when().get("/api/v1/clients/not-a-uuid/progress").then().statusCode(404)
                .contentType("application/problem+json");
    }

    private static io.restassured.response.ValidatableResponse read(String key, String id) {
        return as(key).when().get("/api/v1/clients/" + id + "/progress").then().statusCode(200)
                .contentType("application/json");
    }
}
