package app.peach.reliability;

import static app.peach.reliability.CoachingKeys.ADMIN_KEY;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * Guessing keys is limited per address (contract, "Coaches and their clients"): after 20 failed key checks
 * (coach or admin) within the window, every call carrying a key from that address answers 429 problem +
 * Retry-After, a valid key included, until the window (a minute) ends; the test steps the limiter's clock past it.
 */
@QuarkusTest
@TestProfile(KeyGuessingTest.ContractLimit.class)
class KeyGuessingTest {
    static final String COACH = "{\"name\":\"Guess\",\"email\":\"%s@example.com\"}";

    @Inject
    SteppedRateLimitClock clock;

    public static class ContractLimit implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("peach.rate-limit.failed-key-checks", "20", "peach.rate-limit.failed-key-check-window", "60s");
        }

        @Override
        public Set<Class<?>> getEnabledAlternatives() {
            return Set.of(SteppedRateLimitClock.class);
        }
    }

    @Test
    void shouldRefuseEveryKeyFromAnAddressAfter20FailedKeyChecksUntilTheWindowEnds() {
        String coachKey = given().auth().oauth2(ADMIN_KEY).contentType("application/json")
                .body(COACH.formatted(UUID.randomUUID())).when().post("/api/v1/admin/coaches")
                .then().statusCode(201).extract().path("apiKey");
        // a valid key that is not allowed somewhere is no failed key check
        for (int i = 0; i < 21; i++) {
            given().auth().oauth2(coachKey).contentType("application/json").body(COACH.formatted(UUID.randomUUID()))
                    .when().post("/api/v1/admin/coaches").then().statusCode(403);
        }
        // 20 wrong keys, coach and admin alike, answer 401 / 403 ...
        for (int i = 0; i < 20; i++) {
            if (i % 2 == 0) {
                given().auth().oauth2("pk_guess-" + i).when().get("/api/v1/clients").then().statusCode(401);
            } else {
                given().auth().oauth2("admin-guess-" + i).contentType("application/json").body(COACH.formatted(UUID.randomUUID()))
                        .when().post("/api/v1/admin/coaches").then().statusCode(403);
            }
        }
        // ... the 21st is refused before it is checked, and so is every call with a key, valid or not
        given().auth().oauth2("pk_guess-20").when().get("/api/v1/clients").then().statusCode(429)
                .contentType("application/problem+json").body("status", equalTo(429))
                .body("detail", containsString("failed key checks")).header("Retry-After", notNullValue())
                .header("RateLimit-Remaining", "0");
        int retryAfter = Integer.parseInt(given().auth().oauth2(coachKey).when().get("/api/v1/clients")
                .then().statusCode(429).header("Retry-After", notNullValue()).extract().header("Retry-After"));
        given().auth().oauth2(ADMIN_KEY).contentType("application/json").body(COACH.formatted(UUID.randomUUID()))
                .when().post("/api/v1/admin/coaches").then().statusCode(429);
        given().auth().oauth2(coachKey).contentType("application/json")
                .body("{\"sex\":\"female\",\"age\":30,\"weightKg\":65,\"heightCm\":165,\"activityLevel\":\"sedentary\"}")
                .when().post("/api/v1/energy").then().statusCode(429);
        org.assertj.core.api.Assertions.assertThat(retryAfter).isBetween(1, 60);
        // calls without a key are not affected
        given().when().get("/api/v1/goals").then().statusCode(200);

        // shortly before the window ends the address is still refused; once it has ended, keys work again
        retryAfter = Integer.parseInt(given().auth().oauth2(coachKey).when().get("/api/v1/clients")
                .then().statusCode(429).extract().header("Retry-After"));
        clock.advance(Duration.ofSeconds(retryAfter - 2));
        given().auth().oauth2(coachKey).when().get("/api/v1/clients").then().statusCode(429);
        clock.advance(Duration.ofSeconds(2));
        given().auth().oauth2(coachKey).when().get("/api/v1/clients").then().statusCode(200);
        given().auth().oauth2("pk_guess-21").when().get("/api/v1/clients").then().statusCode(401);
    }
}
