package app.peach.programs;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ProgramResourceTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "glute_growth|" + ProgramExamples.GLUTE_GROWTH, "fat_loss|" + ProgramExamples.FAT_LOSS,
            "hip_dips|" + ProgramExamples.HIP_DIPS, "butt_lift|" + ProgramExamples.BUTT_LIFT,
            "maintenance|" + ProgramExamples.MAINTENANCE })
    void shouldBuildTheDocumentedExampleOfEveryGoal(String goal, String body) {
        given().contentType("application/json").body(body).when().post("/api/v1/programs")
                .then().statusCode(200)
                .body("goal", equalTo(goal))
                .body("days.day", contains(1, 2, 3, 4, 5, 6, 7))
                .body("safety.verdict", notNullValue())
                .body("safety.findings.code", org.hamcrest.Matchers.not(hasItem("NO_REST_DAY")));
    }

    @Test
    void shouldGiveWeeklyExerciseKcalOnlyWithAWeight() {
        given().contentType("application/json").body(ProgramExamples.GLUTE_GROWTH).when().post("/api/v1/programs")
                .then().statusCode(200).body("weeklyExerciseKcal", notNullValue());
        given().contentType("application/json").body(ProgramExamples.MAINTENANCE).when().post("/api/v1/programs")
                .then().statusCode(200).body("weeklyExerciseKcal", equalTo(null));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "one day|{\"goal\":\"fat_loss\",\"level\":\"beginner\",\"daysPerWeek\":1}|daysPerWeek",
            "seven days|{\"goal\":\"fat_loss\",\"level\":\"beginner\",\"daysPerWeek\":7}|daysPerWeek",
            "missing days|{\"goal\":\"fat_loss\",\"level\":\"beginner\"}|daysPerWeek",
            "missing equipment|{\"goal\":\"fat_loss\",\"level\":\"beginner\",\"daysPerWeek\":3}|equipment",
            "unknown equipment|{\"goal\":\"fat_loss\",\"level\":\"beginner\",\"daysPerWeek\":3,\"equipment\":[\"rowing_machine\"]}|equipment[0]",
            "unknown level|{\"goal\":\"fat_loss\",\"level\":\"pro\",\"daysPerWeek\":3}|level",
            "short session|{\"goal\":\"fat_loss\",\"level\":\"beginner\",\"daysPerWeek\":3,\"sessionMinutes\":5}|sessionMinutes",
            "both weights|{\"goal\":\"fat_loss\",\"level\":\"beginner\",\"equipment\":[],\"daysPerWeek\":3,\"weightKg\":60,\"weightLb\":132}|weightLb" })
    void shouldRejectBadInputNamingTheField(String kind, String body, String field) {
        given().contentType("application/json").body(body).when().post("/api/v1/programs")
                .then().statusCode(400).contentType("application/problem+json").body("violations.field", hasItem(field));
    }
}
