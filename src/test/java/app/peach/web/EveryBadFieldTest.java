package app.peach.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * One violation per bad field (contract: "violations: [...], one entry per bad field"), also when some of them
 * are values Jackson cannot read at all: a wrong type or an unknown enum value no longer hides the other fields.
 */
@QuarkusTest
class EveryBadFieldTest {
    private static io.restassured.response.ValidatableResponse post(String path, String body) {
        return given().contentType("application/json").body(body).when().post(path).then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void shouldNameAnUnknownEnumValueAndTheRangesItUsedToHide() {
        post("/api/v1/energy",
                "{\"sex\":\"other\",\"age\":17,\"weightKg\":650,\"heightCm\":165,\"activityLevel\":\"sedentary\"}")
                .body("detail", equalTo("3 fields are invalid"))
                .body("violations.field", contains("age", "sex", "weightKg"))
                .body("violations[1].message", equalTo("must be one of: female, male"));
    }

    @Test
    void shouldNameEveryValueOfTheWrongType() {
        post("/api/v1/energy",
                "{\"sex\":\"female\",\"age\":\"x\",\"weightKg\":\"y\",\"heightCm\":165,\"activityLevel\":\"z\"}")
                .body("violations.field", contains("activityLevel", "age", "weightKg"))
                .body("violations[1].message", equalTo("must be a whole number"))
                .body("violations[2].message", equalTo("must be a number"));
    }

    @Test
    void shouldNameABadElementInsideAListBesideTheRangesAroundIt() {
        // the unknown muscle is left out of day 1's list; day 9 in the next element is still judged
        post("/api/v1/safety/evaluate", "{\"sex\":\"female\",\"age\":30,\"weightKg\":600,\"heightCm\":165,"
                + "\"trainingDays\":[{\"day\":1,\"muscleGroups\":[\"glutes\"]},{\"day\":9,\"muscleGroups\":[]}]}")
                .body("violations.field",
                        contains("trainingDays[0].muscleGroups[0]", "trainingDays[1].day", "weightKg"))
                .body("violations[1].message", equalTo("must be less than or equal to 7"));
    }

    @Test
    void shouldKeepTheSingleAnswerWhenOnlyOneFieldIsBad() {
        post("/api/v1/energy",
                "{\"sex\":\"female\",\"age\":\"thirty\",\"weightKg\":65,\"heightCm\":165,"
                        + "\"activityLevel\":\"sedentary\"}")
                .body("detail", equalTo("1 field is invalid: age"))
                .body("violations.field", contains("age"));
    }
}
