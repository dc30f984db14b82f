package app.peach.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** Fields the contract returns as null are present in the JSON as null, not left out. */
@QuarkusTest
class JsonNullFieldsTest {

    @Test
    void shouldWriteNullBmrForTheEerFormulas() {
        given().contentType("application/json")
                .body("{\"sex\":\"female\",\"age\":30,\"weightKg\":65,\"heightCm\":165,\"activityLevel\":\"sedentary\"}")
                .when().post("/api/v1/energy")
                .then().statusCode(200)
                .body(containsString("{\"formula\":\"iom_2005_eer\",\"bmrKcal\":null,"));
        given().contentType("application/json")
                .body("{\"sex\":\"female\",\"age\":30,\"weightKg\":65,\"heightCm\":165,\"activityLevel\":\"sedentary\",\"formula\":\"nasem_2023_eer\"}")
                .when().post("/api/v1/energy")
                .then().statusCode(200).body(containsString("\"bmrKcal\":null"));
    }

    @Test
    void shouldWriteNullAgeToForTheOpenBand() {
        given().when().get("/api/v1/calorie-needs?sex=male&age=80&activityLevel=active")
                .then().statusCode(200).body(containsString("\"ageTo\":null"));
    }

    @Test
    void shouldWriteNullForOptionalProjectionResults() {
        given().contentType("application/json")
                .body("{\"sex\":\"male\",\"age\":40,\"weightKg\":90,\"heightCm\":180,\"activityLevel\":\"sedentary\",\"dailyKcal\":2000,\"days\":30}")
                .when().post("/api/v1/projections")
                .then().statusCode(200).body(containsString("\"kcalToReachTarget\":null"));
    }
}
