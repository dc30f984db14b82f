package app.peach.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

/** Every /api answer carries the rate-limit headers, whatever its status; other paths do not count. */
@QuarkusTest
class RateLimitHeadersTest {
    private static final String PERSON = "{\"sex\":\"female\",\"age\":30,\"weightKg\":65,\"heightCm\":165,\"activityLevel\":\"sedentary\"}";

    @Test
    void shouldLabelEveryApiAnswerWithTheLimitTheRemainderAndTheReset() {
        expectHeaders(given().contentType("application/json").body(PERSON), "POST", "/api/v1/energy", 200);
        expectHeaders(given().contentType("application/json").body("{\"sex\":\"female\"}"), "POST", "/api/v1/energy", 400);
        expectHeaders(given().contentType("application/json").body("{\"pad\":\"" + "a".repeat(70_000) + "\"}"), "POST",
                "/api/v1/energy", 413);
        expectHeaders(given(), "GET", "/api/v1/exercises/no-such-exercise", 404);
        expectHeaders(given(), "GET", "/api/v1/no-such-thing", 404);
        expectHeaders(given(), "GET", "/api/v1/energy", 405);
        expectHeaders(given(), "GET", "/api/v1/clients", 401);
        expectHeaders(given().auth().oauth2("pk_not-a-key"), "GET", "/api/v1/dashboard", 401);
        expectHeaders(given().auth().oauth2("not-the-admin-key").contentType("application/json").body("{}"), "POST",
                "/api/v1/admin/coaches", 403);
    }

    @Test
    void shouldNotCountHealthChecks() {
        given().when().get("/q/health/live").then().statusCode(200).header("RateLimit-Limit", nullValue());
    }

    private static void expectHeaders(RequestSpecification request, String method, String path, int status) {
        request.when().request(method, path).then().statusCode(status)
                .header("RateLimit-Limit", notNullValue())
                .header("RateLimit-Remaining", matchesPattern("\\d+"))
                .header("RateLimit-Reset", matchesPattern("\\d+"));
    }
}
