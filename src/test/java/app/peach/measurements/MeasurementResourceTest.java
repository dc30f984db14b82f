package app.peach.measurements;

import static app.peach.ClientApi.as;
import static app.peach.ClientApi.newClient;
import static app.peach.ClientApi.newCoachKey;
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

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import app.peach.RecordedEvents;
import app.peach.vocabulary.ClientEvent;

@QuarkusTest
class MeasurementResourceTest {
    @Inject
    Clock clock;

    @Test
    void shouldKeepOneMeasurementPerDateAndFireAnEvent() {
        String key = newCoachKey();
        String id = newClient(key, "glute_growth");
        String day = LocalDate.now(clock).minusDays(1).toString();
        String path = "/api/v1/clients/" + id + "/measurements/" + day;
        // woman 165 cm, waist 70, hip 100, neck 32: Navy 27.4 % (the contract's worked example)
        as(key).body("{\"waistCm\":70,\"hipCm\":100,\"neckCm\":32,\"thighCm\":58}").when().put(path).then().statusCode(201)
                .body("date", equalTo(day)).body("waistCm", equalTo(70.0f)).body("navyBodyFatPercent", equalTo(27.4f))
                .body("bodyFatPercent", nullValue());
        // 27.756 in = 70.5 cm: a repeated PUT replaces the whole row (thigh and neck cleared)
        as(key).body("{\"waistIn\":27.756,\"hipCm\":100,\"bodyFatPercent\":26}").when().put(path).then().statusCode(200)
                .body("waistCm", equalTo(70.5f)).body("thighCm", nullValue()).body("navyBodyFatPercent", nullValue());
        as(key).when().get("/api/v1/clients/" + id + "/measurements").then().statusCode(200)
                .body("", hasSize(1)).body("[0].bodyFatPercent", equalTo(26.0f)).body("[0].neckCm", nullValue());
        assertThat(RecordedEvents.of(id)).extracting(ClientEvent::type)
                .containsExactly(ClientEvent.MEASUREMENT_RECORDED, ClientEvent.MEASUREMENT_RECORDED);
        assertThat(RecordedEvents.of(id).get(1).data()).containsEntry("date", day).containsEntry("waistCm", 70.5);
    }

    @Test
    void shouldRefuseBadMeasurementsNamingTheField() {
        String key = newCoachKey();
        String id = newClient(key, "glute_growth");
        String path = "/api/v1/clients/" + id + "/measurements/" + LocalDate.now(clock);
        as(key).body("{}").when().put(path).then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", contains("body"));
        as(key).body("{\"waistCm\":30,\"neckCm\":32}").when().put(path).then().statusCode(400)
                .body("violations.field", contains("waistCm"));
        as(key).body("{\"hipCm\":100,\"hipIn\":39.4}").when().put(path).then().statusCode(400)
                .body("violations.field", contains("hipIn"));
        as(key).body("{\"thighCm\":9.9,\"waistIn\":99,\"bodyFatPercent\":71}").when().put(path).then().statusCode(400)
                .body("violations.field", hasItem("thighCm")).body("violations.field", hasItem("waistIn"))
                .body("violations.field", hasItem("bodyFatPercent"));
        as(key).body("{\"hipCm\":100}").when().put("/api/v1/clients/" + id + "/measurements/2026-02-30").then()
                .statusCode(400).body("violations.field", contains("date"));
        as(key).queryParam("from", "soon").when().get("/api/v1/clients/" + id + "/measurements").then().statusCode(400)
                .body("violations.field", contains("from"));
        as(key).when().get("/api/v1/clients/" + id + "/measurements").then().statusCode(200).body("", hasSize(0));
    }

    @Test
    void shouldShowTheTapeInProgressAndFlagAWaistOutgrowingTheHips() {
        String key = newCoachKey();
        String id = newClient(key, "glute_growth");
        LocalDate today = LocalDate.now(clock);
        put(key, id, today.minusDays(70), "{\"waistCm\":60,\"hipCm\":90}"); // outside the 56-day window
        put(key, id, today.minusDays(40), "{\"waistCm\":70,\"hipCm\":100,\"thighCm\":55}");
        put(key, id, today.minusDays(5), "{\"waistCm\":71.2,\"hipCm\":100.4,\"thighCm\":55.3,\"neckCm\":32}");
        for (int d = 0; d < 5; d++) {
            as(key).body("{\"weightKg\":60}").when().put("/api/v1/clients/" + id + "/weigh-ins/" + today.minusDays(d))
                    .then().statusCode(201);
        }
        // waist +1.2, hips +0.4 over 35 days; body fat: Navy of 165 cm, waist 71.2, hip 100.4, neck 32
        //   = 495 / (1.29579 − 0.35004 × 2.14489 + 0.22100 × 2.21748) − 450 = 495 / 1.03505 − 450 = 28.2
        as(key).when().get("/api/v1/clients/" + id + "/progress").then().statusCode(200)
                .body("measurements.from", equalTo(today.minusDays(40).toString()))
                .body("measurements.to", equalTo(today.minusDays(5).toString()))
                .body("measurements.waistCmChange", equalTo(1.2f)).body("measurements.hipCmChange", equalTo(0.4f))
                .body("measurements.thighCmChange", equalTo(0.3f))
                .body("findings.code", hasItem("WAIST_GROWING_FASTER_THAN_HIPS"))
                .body("bodyFatPercent", equalTo(28.2f)).body("bodyFatSource", equalTo("navy"))
                .body("maintenanceSource", equalTo("katch_mcardle")).body("targets.formula", equalTo("katch_mcardle"));
        String other = newClient(key, "fat_loss");
        put(key, other, today.minusDays(40), "{\"waistCm\":70,\"hipCm\":100}");
        put(key, other, today.minusDays(5), "{\"waistCm\":72,\"hipCm\":100}");
        as(key).when().get("/api/v1/clients/" + other + "/progress").then().statusCode(200)
                .body("measurements.waistCmChange", equalTo(2.0f))
                .body("findings.code", not(hasItem("WAIST_GROWING_FASTER_THAN_HIPS")))
                .body("bodyFatPercent", nullValue()).body("maintenanceSource", nullValue());
    }

    @Test
    void shouldJudgeEnergyAvailabilityFromTheMeasuredBodyFatAndTheTrainingLog() {
        String key = newCoachKey();
        String id = newClient(key, "fat_loss");
        LocalDate today = LocalDate.now(clock);
        put(key, id, today, "{\"bodyFatPercent\":25}");
        for (int d = 0; d < 5; d++) {
            as(key).body("{\"weightKg\":60}").when().put("/api/v1/clients/" + id + "/weigh-ins/" + today.minusDays(d))
                    .then().statusCode(201);
            as(key).body("{\"kcal\":1300}").when().put("/api/v1/clients/" + id + "/intake/" + today.minusDays(d))
                    .then().statusCode(201);
        }
        // no workout logged: no exercise energy; 1,300 kcal / (60 kg × 0.75 fat-free) = 28.89 kcal/kg, under 30
        assertThat(energyAvailability(key, id)).isEqualTo(28.89); // findings give actual to 0.01
        // one hip-thrust workout, 4 × 10 (catalog: MET 3.5, 3 s a rep, 120 s rest): 120 + 360 + 30 s set-up = 510 s,
        // 3.5 × 510 / 3600 = 0.49583 MET-hours in 28 days = 0.12396 a week × 60 kg = 7.4375 kcal a week
        as(key).body("{\"exercises\":[{\"slug\":\"barbell_hip_thrust\",\"sets\":[{\"reps\":10,\"loadKg\":40},"
                + "{\"reps\":10,\"loadKg\":40},{\"reps\":10,\"loadKg\":40},{\"reps\":10,\"loadKg\":40}]}]}")
                .when().put("/api/v1/clients/" + id + "/workouts/" + today.minusDays(1)).then().statusCode(201);
        // (1,300 − 7.4375 / 7) / 45 = 28.8653
        assertThat(energyAvailability(key, id)).isEqualTo(28.87);
    }

    private static double energyAvailability(String key, String id) {
        var progress = as(key).when().get("/api/v1/clients/" + id + "/progress").then().statusCode(200)
                .body("bodyFatPercent", equalTo(25.0f)).body("findings.code", hasItem("LOW_ENERGY_AVAILABILITY"))
                .extract().jsonPath();
        return progress.getDouble("findings.find { it.code == 'LOW_ENERGY_AVAILABILITY' }.actual");
    }

    @Test
    void shouldAnswer404ToAnotherCoach() {
        String owner = newCoachKey();
        String id = newClient(owner, "hip_dips");
        String other = newCoachKey();
        as(other).body("{\"hipCm\":100}").when().put("/api/v1/clients/" + id + "/measurements/" + LocalDate.now(clock))
                .then().statusCode(404).contentType("application/problem+json");
        as(other).when().get("/api/v1/clients/" + id + "/measurements").then().statusCode(404);
        given().when().get("/api/v1/clients/" + id + "/measurements").then().statusCode(401);
        as(owner).when().get("/api/v1/clients/" + id + "/measurements").then().statusCode(200);
    }

    private static void put(String key, String id, LocalDate day, String body) {
        as(key).body(body).when().put("/api/v1/clients/" + id + "/measurements/" + day).then().statusCode(201);
    }
}
