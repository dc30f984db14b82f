package app.peach.energy;

import app.peach.vocabulary.Sex;

/** Request and response examples for the OpenAPI document (each request succeeds from Swagger UI). */
final class EnergyExamples {
    private EnergyExamples() {
    }

    static final String REQUEST_METRIC = """
            {
              "sex": "female",
              "age": 30,
              "weightKg": 65,
              "heightCm": 165,
              "activityLevel": "moderately_active"
            }""";

    static final String REQUEST_IMPERIAL_KATCH = """
            {
              "sex": "male",
              "age": 40,
              "weightLb": 198,
              "heightIn": 70.9,
              "bodyFatPercent": 22,
              "activityLevel": "very_active",
              "formula": "katch_mcardle"
            }""";

    static final String REQUEST_NASEM = """
            {
              "sex": "male",
              "age": 30,
              "weightKg": 70,
              "heightCm": 170,
              "activityLevel": "sedentary",
              "formula": "nasem_2023_eer"
            }""";

    static final String RESPONSE = """
            {
              "bmrKcal": 1370,
              "tdeeKcal": 2124,
              "formula": "mifflin_st_jeor",
              "activityFactor": 1.55,
              "estimates": [
                {"formula": "mifflin_st_jeor", "bmrKcal": 1370, "tdeeKcal": 2124},
                {"formula": "harris_benedict_1919", "bmrKcal": 1442, "tdeeKcal": 2235},
                {"formula": "harris_benedict_revised", "bmrKcal": 1430, "tdeeKcal": 2216},
                {"formula": "iom_2005_eer", "bmrKcal": null, "tdeeKcal": 2170},
                {"formula": "nasem_2023_eer", "bmrKcal": null, "tdeeKcal": 2244}
              ],
              "dietaryGuidelines": {"kcal": 2000, "activityLevel": "moderately_active", "ageFrom": 26, "ageTo": 30},
              "bmi": {"value": 23.9, "category": "normal"},
              "weightKg": 65.0,
              "heightCm": 165.0
            }""";

    static final String CALORIE_NEEDS_RESPONSE = """
            {
              "sex": "female",
              "ageFrom": 26,
              "ageTo": 30,
              "activityLevel": "moderately_active",
              "kcal": 2000,
              "source": "Dietary Guidelines for Americans, 2020-2025, Appendix 2, Table A2-2: Estimated Calorie Needs per Day, by Age, Sex, and Physical Activity Level (IOM DRI for Energy 2002/2005 EER equations)"
            }""";

    static final String VALIDATION_PROBLEM = """
            {
              "type": "https://peach.app/problems/validation",
              "title": "Invalid request",
              "status": 400,
              "detail": "1 field is invalid: weightKg",
              "violations": [{"field": "weightKg", "message": "must be less than or equal to 350"}]
            }""";
}
