package app.peach.safety;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class SafetyResourceTest {

    @Test
    void shouldJudgeACrashDietUnsafe() {
        given().contentType("application/json").body(SafetyExamples.CRASH_DIET)
                .when().post("/api/v1/safety/evaluate")
                .then().statusCode(200)
                .body("verdict", equalTo("unsafe"))
                // Mifflin 1370.25 x 1.375 = 1884
                .body("maintenanceKcal", equalTo(1884))
                .body("findings[0].severity", equalTo("block"))
                .body("findings.code", hasItems("CALORIES_BELOW_FLOOR", "LOSS_RATE_TOO_FAST", "PROTEIN_BELOW_RANGE",
                        "SPOT_REDUCTION", "AEROBIC_BELOW_GUIDELINE"))
                .body("findings.source", everyItem(notNullValue()));
    }

    @Test
    void shouldFindNoRestDayAcrossTheWeekBoundary() {
        given().contentType("application/json").body(SafetyExamples.TRAINING_WEEK)
                .when().post("/api/v1/safety/evaluate")
                .then().statusCode(200)
                .body("verdict", equalTo("caution"))
                .body("findings.find { it.code == 'NO_REST_DAY' }.message", containsString("gluteus_maximus on days 1 and 2"))
                .body("findings.find { it.code == 'NO_REST_DAY' }.message", containsString("hamstrings on days 7 and 1"));
    }

    @Test
    void shouldWarnAboutLowEnergyAvailability() {
        given().contentType("application/json").body(SafetyExamples.ENERGY_AVAILABILITY)
                .when().post("/api/v1/safety/evaluate")
                .then().statusCode(200).body("findings.code", hasItem("LOW_ENERGY_AVAILABILITY"));
    }

    @Test
    void shouldSayOkForASoundPlan() {
        given().contentType("application/json")
                .body("""
                        {"sex":"male","age":35,"weightKg":80,"heightCm":180,"activityLevel":"moderately_active","dailyKcal":2400,"strengthDaysPerWeek":3,"aerobicMinutesPerWeek":160}""")
                .when().post("/api/v1/safety/evaluate")
                .then().statusCode(200).body("verdict", equalTo("ok")).body("findings.size()", equalTo(0));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "day out of range|{\"sex\":\"female\",\"age\":30,\"weightKg\":65,\"heightCm\":165,\"trainingDays\":[{\"day\":8,\"muscleGroups\":[\"core\"]}]}|trainingDays[0].day",
            "unknown muscle|{\"sex\":\"female\",\"age\":30,\"weightKg\":65,\"heightCm\":165,\"trainingDays\":[{\"day\":1,\"muscleGroups\":[\"biceps\"]}]}|trainingDays[0].muscleGroups[0]",
            "day twice|{\"sex\":\"female\",\"age\":30,\"weightKg\":65,\"heightCm\":165,\"trainingDays\":[{\"day\":1,\"muscleGroups\":[\"core\"]},{\"day\":1,\"muscleGroups\":[\"calves\"]}]}|trainingDays[1].day",
            "missing muscle groups|{\"sex\":\"female\",\"age\":30,\"weightKg\":65,\"heightCm\":165,\"trainingDays\":[{\"day\":1}]}|trainingDays[0].muscleGroups",
            "negative intake|{\"sex\":\"female\",\"age\":30,\"weightKg\":65,\"heightCm\":165,\"dailyKcal\":-5}|dailyKcal",
            "loss just over the bound|{\"sex\":\"female\",\"age\":30,\"weightKg\":65,\"heightCm\":165,\"weeklyRateKg\":-5.01}|weeklyRateKg",
            "protein just over the bound|{\"sex\":\"female\",\"age\":30,\"weightKg\":65,\"heightCm\":165,\"proteinGPerKg\":10.000001}|proteinGPerKg",
            "unknown body area|{\"sex\":\"female\",\"age\":30,\"weightKg\":65,\"heightCm\":165,\"targetAreas\":[\"knees\"]}|targetAreas[0]",
            "pregnant man|{\"sex\":\"male\",\"age\":30,\"weightKg\":65,\"heightCm\":165,\"pregnant\":true}|pregnant",
            "eight strength days|{\"sex\":\"female\",\"age\":30,\"weightKg\":65,\"heightCm\":165,\"strengthDaysPerWeek\":8}|strengthDaysPerWeek",
            "missing profile|{\"dailyKcal\":1500}|sex" })
    void shouldRejectBadInputNamingTheField(String kind, String body, String field) {
        given().contentType("application/json").body(body)
                .when().post("/api/v1/safety/evaluate")
                .then().statusCode(400).contentType("application/problem+json").body("violations.field", hasItem(field));
    }

    @Test
    void shouldListEveryRuleCodeInTheOpenApiDocument() {
        var description = given().accept("application/json").when().get("/q/openapi")
                .then().statusCode(200).extract().jsonPath().getString("paths.'/api/v1/safety/evaluate'.post.description");
        for (SafetyRule rule : SafetyRules.ALL) {
            org.assertj.core.api.Assertions.assertThat(description).contains("`" + rule.code() + "`");
        }
    }
}
