package app.peach.energy;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class EnergyResourceSmokeTest {
    @Test
    void shouldAnswerEnergy() {
        given().contentType("application/json").body(EnergyExamples.REQUEST_METRIC)
                .when().post("/api/v1/energy")
                .then().log().all().statusCode(200).body("formula", equalTo("mifflin_st_jeor"));
    }
}
