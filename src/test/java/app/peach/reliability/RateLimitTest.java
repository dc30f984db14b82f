package app.peach.reliability;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;

/**
 * Rate limits per client IP (open endpoints) and per API key, with 429 problem + Retry-After, and the
 * RateLimit-Limit / -Remaining / -Reset headers counting down on every answer.
 */
@QuarkusTest
@TestProfile(RateLimitTest.LowLimits.class)
class RateLimitTest {

    public static class LowLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("peach.rate-limit.per-ip-per-minute", "5", "peach.rate-limit.per-key-per-minute", "3");
        }
    }

    @Test
    void shouldLimitAnAddressAndThenAKeySeparately() {
        for (int i = 0; i < 5; i++) {
            Response ok = given().when().get("/api/v1/goals").then().statusCode(200)
                    .header("RateLimit-Limit", "5").header("RateLimit-Remaining", String.valueOf(4 - i)).extract().response();
            assertResetWithinTheMinute(ok);
        }
        Response refused = given().when().get("/api/v1/goals").then().statusCode(429).contentType("application/problem+json")
                .header("Retry-After", notNullValue()).body("status", equalTo(429))
                .header("RateLimit-Limit", "5").header("RateLimit-Remaining", "0").extract().response();
        assertResetWithinTheMinute(refused);
        // without proxy forwarding configured, a client cannot name another address to escape its limit
        given().header("X-Forwarded-For", "203.0.113.9").header("Forwarded", "for=203.0.113.9")
                .when().get("/api/v1/goals").then().statusCode(429);
        int retryAfter = Integer.parseInt(refused.header("Retry-After"));
        org.assertj.core.api.Assertions.assertThat(retryAfter).isBetween(1, 60);
        // a key has its own bucket, even from the same address; an unknown key's 401 is counted and labelled too
        for (int i = 0; i < 3; i++) {
            given().auth().oauth2("pk_some-key").when().get("/api/v1/clients").then().statusCode(401)
                    .header("RateLimit-Limit", "3").header("RateLimit-Remaining", String.valueOf(2 - i));
        }
        given().auth().oauth2("pk_some-key").when().get("/api/v1/clients").then().statusCode(429)
                .header("Retry-After", notNullValue()).header("RateLimit-Remaining", "0");
        // the health endpoints are not limited
        given().when().get("/q/health/live").then().statusCode(200);
    }

    private static void assertResetWithinTheMinute(Response r) {
        org.assertj.core.api.Assertions.assertThat(Integer.parseInt(r.header("RateLimit-Reset"))).isBetween(1, 60);
    }
}
