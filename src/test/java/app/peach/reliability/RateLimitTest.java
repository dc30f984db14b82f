package app.peach.reliability;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** Rate limits per client IP (open endpoints) and per API key, with 429 problem + Retry-After. */
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
            given().when().get("/api/v1/goals").then().statusCode(200);
        }
        given().when().get("/api/v1/goals").then().statusCode(429).contentType("application/problem+json")
                .header("Retry-After", notNullValue()).body("status", equalTo(429));
        // a key has its own bucket, even from the same address
        for (int i = 0; i < 3; i++) {
            given().auth().oauth2("pk_some-key").when().get("/api/v1/clients").then().statusCode(401);
        }
        given().auth().oauth2("pk_some-key").when().get("/api/v1/clients").then().statusCode(429)
                .header("Retry-After", notNullValue());
        // the health endpoints are not limited
        given().when().get("/q/health/live").then().statusCode(200);
    }
}
