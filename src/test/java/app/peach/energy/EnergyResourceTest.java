package app.peach.energy;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class EnergyResourceTest {

    @Test
    void shouldAnswerWithTheDefaultFormulaAndEveryAllowedEstimate() {
        given().contentType("application/json").body(EnergyExamples.REQUEST_METRIC)
                .when().post("/api/v1/energy")
                .then().statusCode(200)
                .body("formula", equalTo("mifflin_st_jeor"))
                // 650 + 1031.25 - 150 - 161 = 1370.25; x 1.55 = 2123.9
                .body("bmrKcal", equalTo(1370))
                .body("tdeeKcal", equalTo(2124))
                .body("activityFactor", equalTo(1.55f))
                .body("estimates.formula", contains("mifflin_st_jeor", "harris_benedict_1919",
                        "harris_benedict_revised", "iom_2005_eer", "nasem_2023_eer"))
                .body("estimates.find { it.formula == 'iom_2005_eer' }.bmrKcal", nullValue())
                // female 26-30, moderately active
                .body("dietaryGuidelines.kcal", equalTo(2000))
                .body("dietaryGuidelines.activityLevel", equalTo("moderately_active"))
                .body("dietaryGuidelines.ageFrom", equalTo(26))
                .body("dietaryGuidelines.ageTo", equalTo(30))
                .body("bmi.value", equalTo(23.9f))
                .body("bmi.category", equalTo("normal"));
    }

    @Test
    void shouldAcceptImperialUnitsAndLeanMassFormulas() {
        given().contentType("application/json").body(EnergyExamples.REQUEST_IMPERIAL_KATCH)
                .when().post("/api/v1/energy")
                .then().statusCode(200)
                .body("formula", equalTo("katch_mcardle"))
                // 198 lb = 89.811 kg; LBM x 0.78 = 70.052; 370 + 21.6 x 70.052 = 1883.1
                .body("bmrKcal", equalTo(1883))
                .body("weightKg", equalTo(89.8f))
                .body("heightCm", equalTo(180.1f))
                .body("estimates.formula", hasItems("katch_mcardle", "cunningham"))
                .body("dietaryGuidelines.activityLevel", equalTo("active"));
    }

    @Test
    void shouldGiveEerFormulasWithANullBmr() {
        given().contentType("application/json").body(EnergyExamples.REQUEST_NASEM)
                .when().post("/api/v1/energy")
                .then().statusCode(200)
                .body("formula", equalTo("nasem_2023_eer"))
                .body("bmrKcal", nullValue())
                .body("tdeeKcal", equalTo(2520));
    }

    @Test
    void shouldLeaveOutEerFormulasForAn18YearOld() {
        given().contentType("application/json")
                .body("""
                        {"sex":"male","age":18,"weightKg":70,"heightCm":175,"activityLevel":"sedentary"}""")
                .when().post("/api/v1/energy")
                .then().statusCode(200)
                .body("estimates.formula", not(hasItems("iom_2005_eer")))
                .body("dietaryGuidelines.ageFrom", equalTo(18))
                .body("dietaryGuidelines.kcal", equalTo(2400));
    }

    @ParameterizedTest(name = "{0} age {1} -> DGA {2}-{3}")
    @CsvSource({ "female, 18, 18, 18", "female, 19, 19, 20", "male, 30, 26, 30", "male, 31, 31, 35",
            "female, 50, 46, 50", "female, 51, 51, 55", "male, 75, 71, 75", "male, 76, 76, ", "female, 99, 76, " })
    void shouldAttachTheDietaryGuidelinesBandForTheAge(String sex, int age, int from, Integer to) {
        given().contentType("application/json")
                .body("{\"sex\":\"" + sex + "\",\"age\":" + age
                        + ",\"weightKg\":70,\"heightCm\":170,\"activityLevel\":\"extra_active\"}")
                .when().post("/api/v1/energy")
                .then().statusCode(200)
                .body("dietaryGuidelines.ageFrom", equalTo(from))
                .body("dietaryGuidelines.ageTo", to == null ? nullValue() : equalTo(to))
                .body("dietaryGuidelines.activityLevel", equalTo("active"));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({ "18.49, underweight", "18.5, normal", "25, overweight", "30, obesity_class_i", "35, obesity_class_ii",
            "40, obesity_class_iii" })
    void shouldClassifyBmi(double bmi, String category) {
        double kg = bmi * 1.7 * 1.7 + 1e-9;
        given().contentType("application/json")
                .body("{\"sex\":\"female\",\"age\":40,\"weightKg\":" + kg
                        + ",\"heightCm\":170,\"activityLevel\":\"sedentary\"}")
                .when().post("/api/v1/energy")
                .then().statusCode(200).body("bmi.category", equalTo(category));
    }
}
