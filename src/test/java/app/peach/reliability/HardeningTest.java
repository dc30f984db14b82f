package app.peach.reliability;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class HardeningTest {

    @Test
    void shouldAnswer413ProblemForABodyOverTheLimit() {
        given().contentType("application/json").body("{\"pad\":\"" + "a".repeat(70_000) + "\"}")
                .when().post("/api/v1/energy")
                .then().statusCode(413).contentType("application/problem+json").body("status", equalTo(413));
    }

    @Test
    void shouldSendSecurityHeaders() {
        given().when().get("/api/v1/goals").then().statusCode(200)
                .header("X-Content-Type-Options", "nosniff")
                .header("X-Frame-Options", "DENY")
                .header("Referrer-Policy", "no-referrer")
                .header("Content-Security-Policy", containsString("default-src 'none'"));
    }

    @Test
    void shouldAnswer400ProblemForInvalidUtf8() {
        byte[] body = "{\"sex\":\"fe\u00e9male\"}".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        given().contentType("application/json").body(body).when().post("/api/v1/energy")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void shouldAnswer400ProblemForDeepNesting() {
        given().contentType("application/json").body("{\"a\":".repeat(3000) + "1" + "}".repeat(3000))
                .when().post("/api/v1/energy")
                .then().statusCode(400).contentType("application/problem+json");
    }
}
