package app.peach.validation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

/**
 * Every calculator validates its body through {@link Bodies} rather than {@code @Valid}: an absent body, a JSON
 * null and a field out of range still answer 400 naming the field, as they did under method validation.
 */
@QuarkusTest
class BodiesTest {
    private static final String[] CALCULATORS = { "/api/v1/energy", "/api/v1/targets", "/api/v1/safety/evaluate",
            "/api/v1/programs", "/api/v1/projections", "/api/v1/body-composition" };

    /** Each calculator with no body at all and with a JSON null. */
    static Stream<Arguments> missingBodies() {
        return Stream.of(CALCULATORS).flatMap(path -> Stream.of(Arguments.of(path, ""), Arguments.of(path, "null")));
    }

    @ParameterizedTest(name = "{0} with \"{1}\"")
    @MethodSource("missingBodies")
    void shouldAnswer400ForAMissingBody(String path, String body) {
        RequestSpecification request = given().contentType("application/json");
        if (!body.isEmpty()) {
            request = request.body(body);
        }
        request.when().post(path)
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", contains("body"))
                .body("violations.message", contains(Bodies.REQUIRED));
    }

    static Stream<String> calculators() {
        return Stream.of(CALCULATORS);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("calculators")
    void shouldAnswer400NamingAFieldOutOfRange(String path) {
        given().contentType("application/json").body("{\"weightKg\":20}").when().post(path)
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("weightKg"));
    }
}
