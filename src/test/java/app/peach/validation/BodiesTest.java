package app.peach.validation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Every calculator validates its body through {@link Bodies} rather than {@code @Valid}: an absent body, a JSON
 * null and a field out of range still answer 400 naming the field, as they did under method validation.
 */
@QuarkusTest
class BodiesTest {
    private static final String TOO_LIGHT = "{\"weightKg\":20}";

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "/api/v1/energy", "/api/v1/targets", "/api/v1/safety/evaluate", "/api/v1/programs",
            "/api/v1/projections", "/api/v1/body-composition" })
    void shouldAnswer400ForAnAbsentBody(String path) {
        given().contentType("application/json").when().post(path)
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", contains("body"))
                .body("violations.message", contains(Bodies.REQUIRED));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "/api/v1/energy", "/api/v1/targets", "/api/v1/safety/evaluate", "/api/v1/programs",
            "/api/v1/projections", "/api/v1/body-composition" })
    void shouldAnswer400ForAJsonNull(String path) {
        given().contentType("application/json").body("null").when().post(path)
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", contains("body"))
                .body("violations.message", contains(Bodies.REQUIRED));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "/api/v1/energy", "/api/v1/targets", "/api/v1/safety/evaluate", "/api/v1/programs",
            "/api/v1/projections", "/api/v1/body-composition" })
    void shouldAnswer400NamingAFieldOutOfRange(String path) {
        given().contentType("application/json").body(TOO_LIGHT).when().post(path)
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("weightKg"));
    }
}
