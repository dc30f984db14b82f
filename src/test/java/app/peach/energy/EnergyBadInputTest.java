package app.peach.energy;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.notNullValue;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Bad input to the energy endpoints: each case answers 400 with an application/problem+json body whose
 * violations name the field the client sent, and nothing reaches a client as a 5xx or a Java type name.
 */
@QuarkusTest
class EnergyBadInputTest {
    private static final String VALID = """
            {"sex":"female","age":30,"weightKg":65,"heightCm":165,"activityLevel":"moderately_active"}""";

    /** The valid body with one field replaced (a JSON fragment) or removed (null). */
    private static String with(String field, String json) {
        String body = VALID.replaceAll("\"" + field + "\":(\"[^\"]*\"|[^,}]*)", json == null ? "" : "\"" + field + "\":" + json);
        return body.replace(",,", ",").replace("{,", "{").replace(",}", "}");
    }

    static Stream<Arguments> badBodies() {
        return Stream.of(
                Arguments.of("missing sex", with("sex", null), "sex"),
                Arguments.of("unknown sex", with("sex", "\"other\""), "sex"),
                Arguments.of("sex as number", with("sex", "1"), "sex"),
                Arguments.of("missing age", with("age", null), "age"),
                Arguments.of("age below 18", with("age", "17"), "age"),
                Arguments.of("age above 100", with("age", "101"), "age"),
                Arguments.of("fractional age", with("age", "30.5"), "age"),
                Arguments.of("age as string", with("age", "\"30\""), "age"),
                Arguments.of("age as boolean", with("age", "true"), "age"),
                Arguments.of("weight missing (no lb either)", with("weightKg", null), "weightKg"),
                Arguments.of("weight below 25 kg", with("weightKg", "24.9"), "weightKg"),
                Arguments.of("weight above 350 kg", with("weightKg", "350.1"), "weightKg"),
                Arguments.of("negative weight", with("weightKg", "-65"), "weightKg"),
                Arguments.of("weight as string", with("weightKg", "\"65\""), "weightKg"),
                Arguments.of("weight as NaN string", with("weightKg", "\"NaN\""), "weightKg"),
                Arguments.of("weight as object", with("weightKg", "{\"v\":65}"), "weightKg"),
                Arguments.of("weight as array", with("weightKg", "[65]"), "weightKg"),
                Arguments.of("huge weight", with("weightKg", "1e400"), "weightKg"),
                Arguments.of("both weightKg and weightLb", with("weightKg", "65,\"weightLb\":143"), "weightLb"),
                Arguments.of("weightLb out of range", with("weightKg", null).replace("{", "{\"weightLb\":40,"), "weightLb"),
                Arguments.of("height missing", with("heightCm", null), "heightCm"),
                Arguments.of("height below 100 cm", with("heightCm", "99"), "heightCm"),
                Arguments.of("height above 250 cm", with("heightCm", "251"), "heightCm"),
                Arguments.of("height in metres by mistake", with("heightCm", "1.65"), "heightCm"),
                Arguments.of("both heightCm and heightIn", with("heightCm", "165,\"heightIn\":65"), "heightIn"),
                Arguments.of("heightIn out of range", with("heightCm", null).replace("{", "{\"heightIn\":120,"), "heightIn"),
                Arguments.of("body fat below 3 %", VALID.replace("}", ",\"bodyFatPercent\":2}"), "bodyFatPercent"),
                Arguments.of("body fat above 70 %", VALID.replace("}", ",\"bodyFatPercent\":71}"), "bodyFatPercent"),
                Arguments.of("body fat as fraction string", VALID.replace("}", ",\"bodyFatPercent\":\"0.2\"}"), "bodyFatPercent"),
                Arguments.of("missing activity level", with("activityLevel", null), "activityLevel"),
                Arguments.of("unknown activity level", with("activityLevel", "\"couch\""), "activityLevel"),
                Arguments.of("activity level in the wrong case", with("activityLevel", "\"SEDENTARY\""), "activityLevel"),
                Arguments.of("unknown formula", VALID.replace("}", ",\"formula\":\"magic\"}"), "formula"),
                Arguments.of("katch_mcardle without body fat", VALID.replace("}", ",\"formula\":\"katch_mcardle\"}"), "bodyFatPercent"),
                Arguments.of("cunningham without body fat", VALID.replace("}", ",\"formula\":\"cunningham\"}"), "bodyFatPercent"),
                Arguments.of("IOM EER at age 18", with("age", "18").replace("}", ",\"formula\":\"iom_2005_eer\"}"), "age"),
                Arguments.of("NASEM EER at age 18", with("age", "18").replace("}", ",\"formula\":\"nasem_2023_eer\"}"), "age"),
                Arguments.of("malformed JSON", "{\"sex\":\"female\",", "body"),
                Arguments.of("trailing garbage", VALID + " x", "body"),
                Arguments.of("array instead of object", "[" + VALID + "]", "body"),
                Arguments.of("a bare string", "\"hello\"", "body"),
                Arguments.of("duplicate key", VALID.replace("{", "{\"age\":40,"), "body"),
                Arguments.of("empty object", "{}", "sex"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badBodies")
    void shouldAnswer400NamingTheField(String kind, String body, String field) {
        given().contentType("application/json").body(body)
                .when().post("/api/v1/energy")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("type", notNullValue())
                .body("title", notNullValue())
                .body("detail", notNullValue())
                .body("violations.field", hasItem(field))
                .body("violations.message", everyItem(not(containsString("java."))))
                .body("violations.message", everyItem(not(containsString("Exception"))));
    }

    @Test
    void shouldAnswer400ForAnEmptyBody() {
        given().contentType("application/json").when().post("/api/v1/energy")
                .then().statusCode(400).contentType("application/problem+json").body("violations.field", hasItem("body"));
    }

    static Stream<Arguments> badQueries() {
        return Stream.of(
                Arguments.of("no parameters", "", "sex"),
                Arguments.of("missing age", "sex=female&activityLevel=active", "age"),
                Arguments.of("age not a number", "sex=female&age=abc&activityLevel=active", "age"),
                Arguments.of("fractional age", "sex=female&age=30.5&activityLevel=active", "age"),
                Arguments.of("age under 2", "sex=female&age=1&activityLevel=active", "age"),
                Arguments.of("age over 100", "sex=female&age=101&activityLevel=active", "age"),
                Arguments.of("negative age", "sex=male&age=-5&activityLevel=active", "age"),
                Arguments.of("unknown sex", "sex=robot&age=30&activityLevel=active", "sex"),
                Arguments.of("the request's five-level scale", "sex=female&age=30&activityLevel=very_active", "activityLevel"),
                Arguments.of("lightly_active is not a DGA level", "sex=female&age=30&activityLevel=lightly_active", "activityLevel"),
                Arguments.of("SQL text", "sex=female'%20OR%201=1--&age=30&activityLevel=active", "sex"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badQueries")
    void shouldAnswer400NamingTheParameter(String kind, String query, String field) {
        given().when().get(query.isEmpty() ? "/api/v1/calorie-needs" : "/api/v1/calorie-needs?" + query)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem(field));
    }

    @Test
    void shouldListTheAllowedValuesOfAnUnknownEnum() {
        given().contentType("application/json").body(with("activityLevel", "\"couch\""))
                .when().post("/api/v1/energy")
                .then().statusCode(400)
                .body("violations[0].message", equalTo(
                        "must be one of: sedentary, lightly_active, moderately_active, very_active, extra_active"));
    }
}
