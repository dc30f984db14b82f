package app.peach.contract;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

/** Every API test's REST Assured calls go through the contract check, and it bites on a real response. */
@QuarkusTest
class ContractFilterInstalledTest {

    @Test
    void shouldCheckEveryRestAssuredCallOfAnApiTest() {
        assertThat(RestAssured.filters()).contains(ContractFilter.INSTANCE);
    }

    @Test
    void shouldFailARealResponseThatTheDocumentDoesNotDeclare() {
        // the goals, checked as if they were the muscle vocabulary, break that operation's schema
        OpenApiDocument doc = ServedDocument.get();
        byte[] goals = given().get("/api/v1/goals").then().statusCode(200).extract().asByteArray();
        assertThat(ContractFilter.check(doc, "GET", "/api/v1/goals", 200, "application/json", goals, h -> null)).isEmpty();
        assertThat(ContractFilter.check(doc, "GET", "/api/v1/muscles", 200, "application/json", goals, h -> null))
                .isNotEmpty().allMatch(p -> p.startsWith("GET /api/v1/muscles (listMuscles) → 200"));
    }
}
