package app.peach.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** A date in a body is a "YYYY-MM-DD" string (OpenAPI: type string, format date); any other form is a 400 naming it. */
@QuarkusTest
class IsoDatesTest {
    @Inject
    Clock clock; // the suite's fixed clock: "after today" follows it

    private static String projection(String targetDate) {
        return "{\"sex\":\"female\",\"age\":30,\"weightKg\":80,\"heightCm\":165,\"activityLevel\":\"lightly_active\","
                + "\"targetWeightKg\":76,\"targetDate\":" + targetDate + "}";
    }

    @Test
    void shouldReadAnIsoDate() {
        String date = LocalDate.now(clock).plusDays(120).toString();
        given().contentType("application/json").body(projection("\"" + date + "\"")).when().post("/api/v1/projections")
                .then().statusCode(200);
    }

    @Test
    void shouldRefuseADateTimeAnArrayAndANumberNamingTheField() {
        LocalDate date = LocalDate.now(clock).plusDays(120);
        for (String sent : new String[] { "\"" + date + "T00:00:00Z\"", "\"" + date + "T00:00:00\"",
                "[" + date.getYear() + "," + date.getMonthValue() + "," + date.getDayOfMonth() + "]",
                String.valueOf(date.toEpochDay()), "{\"value\":\"" + date + "\"}" }) {
            given().contentType("application/json").body(projection(sent)).when().post("/api/v1/projections")
                    .then().statusCode(400)
                    .body("violations.field", contains("targetDate"))
                    .body("violations[0].message", equalTo("must be an ISO date (YYYY-MM-DD)"));
        }
    }
}
