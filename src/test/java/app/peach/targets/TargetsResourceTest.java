package app.peach.targets;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class TargetsResourceTest {

    @Test
    void shouldServeTheGoalCatalog() {
        given().when().get("/api/v1/goals")
                .then().statusCode(200)
                .body("goal", contains("glute_growth", "fat_loss", "hip_dips", "butt_lift", "maintenance"))
                .body("find { it.goal == 'glute_growth' }.protein.minGPerKg", equalTo(1.4f))
                .body("find { it.goal == 'glute_growth' }.protein.maxGPerKg", equalTo(2.0f))
                .body("find { it.goal == 'glute_growth' }.caloriePolicy.maxSurplusKcal", equalTo(500))
                .body("find { it.goal == 'fat_loss' }.caloriePolicy.defaultWeeklyRateKg", equalTo(-0.5f))
                .body("find { it.goal == 'hip_dips' }.trainingEmphasis", hasItem("gluteus_medius"))
                .body("find { it.goal == 'butt_lift' }.trainingEmphasis", hasItem("hip_flexors"))
                .body("guidance", everyItem(not(org.hamcrest.Matchers.empty())))
                .body("references", everyItem(not(org.hamcrest.Matchers.empty())));
    }

    @Test
    void shouldRecommendAModestSurplusForGluteGrowth() {
        JsonPath json = given().contentType("application/json").body(TargetExamples.GLUTE_GROWTH)
                .when().post("/api/v1/targets")
                .then().statusCode(200)
                .body("goal", equalTo("glute_growth"))
                // Mifflin 1370.25 x 1.55 = 2123.9 -> 2124; +7.5 % = 159
                .body("maintenanceKcal", equalTo(2124))
                .body("adjustmentKcal", equalTo(159))
                .body("targetKcal", equalTo(2283))
                .body("macros.proteinG", equalTo(117))
                .body("macros.proteinGPerKg", equalTo(1.8f))
                .body("macros.fiberG", equalTo(32))
                .body("safety.verdict", equalTo("ok"))
                .body("guidance.size()", greaterThanOrEqualTo(4))
                .extract().jsonPath();
        int kcal = 4 * json.getInt("macros.proteinG") + 9 * json.getInt("macros.fatG") + 4 * json.getInt("macros.carbsG");
        org.assertj.core.api.Assertions.assertThat(Math.abs(kcal - 2283)).isLessThanOrEqualTo(10);
    }

    @Test
    void shouldPlanAFatLossDeficitAndTheWeeksToTheTarget() {
        given().contentType("application/json").body(TargetExamples.FAT_LOSS)
                .when().post("/api/v1/targets")
                .then().statusCode(200)
                .body("adjustmentKcal", equalTo(-550))
                .body("weeklyChangeKg", equalTo(-0.5f))
                .body("weeksToTargetWeight", equalTo(20.0f))
                .body("floorKcal", equalTo(1200));
    }

    @Test
    void shouldClampToTheFloorWithAFinding() {
        given().contentType("application/json")
                .body("""
                        {"sex":"female","age":60,"weightKg":62,"heightCm":158,"activityLevel":"sedentary","goal":"fat_loss","weeklyRateKg":-0.9}""")
                .when().post("/api/v1/targets")
                .then().statusCode(200)
                .body("targetKcal", equalTo(1200))
                .body("safety.findings.code", hasItem("TARGET_RAISED_TO_FLOOR"))
                .body("safety.findings.code", not(hasItem("CALORIES_BELOW_FLOOR")));
    }

    @Test
    void shouldGoUnderTheFloorOnlyWhenSupervised() {
        given().contentType("application/json")
                .body("""
                        {"sex":"female","age":60,"weightKg":62,"heightCm":158,"activityLevel":"sedentary","goal":"fat_loss","weeklyRateKg":-0.9,"medicallySupervised":true}""")
                .when().post("/api/v1/targets")
                .then().statusCode(200)
                // Mifflin 620 + 987.5 - 300 - 161 = 1146.5 x 1.2 = 1375.8 -> 1376; - 990
                .body("targetKcal", equalTo(386))
                .body("safety.findings.code", not(hasItem("CALORIES_BELOW_FLOOR")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({ "glute_growth", "fat_loss", "hip_dips", "butt_lift", "maintenance" })
    void shouldRunTheDocumentedExampleOfEveryGoal(String goal) {
        Map<String, String> examples = Map.of("glute_growth", TargetExamples.GLUTE_GROWTH, "fat_loss",
                TargetExamples.FAT_LOSS, "hip_dips", TargetExamples.HIP_DIPS, "butt_lift", TargetExamples.BUTT_LIFT,
                "maintenance", TargetExamples.MAINTENANCE);
        given().contentType("application/json").body(examples.get(goal))
                .when().post("/api/v1/targets")
                .then().statusCode(200).body("goal", equalTo(goal)).body("safety.verdict", notNullValue())
                .body("macros.fatG", notNullValue());
        given().accept("application/json").when().get("/q/openapi")
                .then().body("paths.'/api/v1/targets'.post.requestBody.content.'application/json'.examples." + goal + ".value",
                        notNullValue());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "missing goal|{\"sex\":\"female\",\"age\":30,\"weightKg\":65,\"heightCm\":165,\"activityLevel\":\"sedentary\"}|goal",
            "unknown goal|{\"sex\":\"female\",\"age\":30,\"weightKg\":65,\"heightCm\":165,\"activityLevel\":\"sedentary\",\"goal\":\"abs\"}|goal",
            "rate too large|{\"sex\":\"female\",\"age\":30,\"weightKg\":65,\"heightCm\":165,\"activityLevel\":\"sedentary\",\"goal\":\"fat_loss\",\"weeklyRateKg\":-3}|weeklyRateKg",
            "target weight out of range|{\"sex\":\"female\",\"age\":30,\"weightKg\":65,\"heightCm\":165,\"activityLevel\":\"sedentary\",\"goal\":\"fat_loss\",\"targetWeightKg\":10}|targetWeightKg",
            "supervised not boolean|{\"sex\":\"female\",\"age\":30,\"weightKg\":65,\"heightCm\":165,\"activityLevel\":\"sedentary\",\"goal\":\"fat_loss\",\"medicallySupervised\":\"yes\"}|medicallySupervised",
            "cunningham without body fat|{\"sex\":\"female\",\"age\":30,\"weightKg\":65,\"heightCm\":165,\"activityLevel\":\"sedentary\",\"goal\":\"fat_loss\",\"formula\":\"cunningham\"}|bodyFatPercent" })
    void shouldRejectBadInputNamingTheField(String kind, String body, String field) {
        given().contentType("application/json").body(body)
                .when().post("/api/v1/targets")
                .then().statusCode(400).contentType("application/problem+json").body("violations.field", hasItem(field));
    }
}
