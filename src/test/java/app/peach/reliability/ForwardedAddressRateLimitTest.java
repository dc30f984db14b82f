package app.peach.reliability;

import static io.restassured.RestAssured.given;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * Behind a load balancer (docker-compose.yml turns on proxy address forwarding), every client arrives from the
 * balancer's address: the per-address limit must count the forwarded client address, or one client would use up
 * everyone's limit.
 */
@QuarkusTest
@TestProfile(ForwardedAddressRateLimitTest.BehindAProxy.class)
class ForwardedAddressRateLimitTest {

    public static class BehindAProxy implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("peach.rate-limit.per-ip-per-minute", "2",
                    "quarkus.http.proxy.proxy-address-forwarding", "true",
                    "quarkus.http.proxy.allow-x-forwarded", "true");
        }
    }

    @Test
    void shouldLimitEachForwardedClientOnItsOwn() {
        for (int i = 0; i < 2; i++) {
            given().header("X-Forwarded-For", "198.51.100.1").when().get("/api/v1/goals").then().statusCode(200)
                    .header("RateLimit-Remaining", String.valueOf(1 - i));
        }
        given().header("X-Forwarded-For", "198.51.100.1").when().get("/api/v1/goals").then().statusCode(429);
        given().header("X-Forwarded-For", "198.51.100.2").when().get("/api/v1/goals").then().statusCode(200)
                .header("RateLimit-Remaining", "1");
    }
}
