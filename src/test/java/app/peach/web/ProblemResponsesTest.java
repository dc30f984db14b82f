package app.peach.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** Protocol-level errors come in the same problem body as validation errors. */
@QuarkusTest
class ProblemResponsesTest {

    @Test
    void shouldAnswer404ProblemForAnUnknownApiPath() {
        given().when().get("/api/v1/no-such-thing")
                .then().statusCode(404).contentType("application/problem+json").body("status", equalTo(404));
    }

    @Test
    void shouldAnswer404ProblemForAnUnknownPathOutsideTheApi() {
        given().when().get("/no-such-page")
                .then().statusCode(404).contentType("application/problem+json").body("title", notNullValue());
    }

    @Test
    void shouldAnswer405ProblemForAWrongMethod() {
        given().when().get("/api/v1/energy")
                .then().statusCode(405).contentType("application/problem+json").body("status", equalTo(405));
        given().when().delete("/api/v1/calorie-needs")
                .then().statusCode(405).contentType("application/problem+json");
    }

    @Test
    void shouldAnswer415ProblemForANonJsonBody() {
        given().contentType("text/plain").body("sex=female").when().post("/api/v1/energy")
                .then().statusCode(415).contentType("application/problem+json").body("status", equalTo(415));
    }

    @Test
    void shouldAnswer406ProblemWhenJsonIsNotAccepted() {
        given().accept("text/html").when().get("/api/v1/calorie-needs?sex=female&age=30&activityLevel=active")
                .then().statusCode(406).contentType("application/problem+json");
    }
}
