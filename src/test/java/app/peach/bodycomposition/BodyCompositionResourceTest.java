package app.peach.bodycomposition;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class BodyCompositionResourceTest {

    private static io.restassured.response.ValidatableResponse post(String body) {
        return given().contentType("application/json").body(body).when().post("/api/v1/body-composition").then();
    }

    @Test
    void shouldAnswerTheContractsWorkedExample() {
        // woman 165 cm, waist 70, hip 100, neck 32, 60 kg → 27.4 %, 28.9 %, 0.70, 0.42, 43.5 kg
        post("{\"sex\":\"female\",\"heightCm\":165,\"weightKg\":60,\"waistCm\":70,\"hipCm\":100,\"neckCm\":32}")
                .statusCode(200)
                .body("navyBodyFatPercent", equalTo(27.4f)).body("rfmPercent", equalTo(28.9f))
                .body("waistToHipRatio", equalTo(0.7f)).body("waistToHeightRatio", equalTo(0.42f))
                .body("fatFreeMassKg", equalTo(43.5f)).body("findings", empty());
    }

    @Test
    void shouldTakeImperialMeasuresAndLeaveWhatCannotBeComputedNull() {
        // 70.866 in = 180 cm, 33.465 in = 85 cm, 14.961 in = 38 cm: the man of the worked example
        post("{\"sex\":\"male\",\"heightIn\":70.866142,\"waistIn\":33.464567,\"neckIn\":14.96063}")
                .statusCode(200)
                .body("navyBodyFatPercent", equalTo(16.1f)).body("rfmPercent", equalTo(21.6f))
                .body("waistToHipRatio", nullValue()).body("fatFreeMassKg", nullValue());
        post("{\"sex\":\"female\",\"heightCm\":160,\"waistCm\":90,\"hipCm\":100}")
                .statusCode(200).body("navyBodyFatPercent", nullValue())
                .body("findings.code", contains("WAIST_TO_HEIGHT_HIGH", "WAIST_TO_HIP_HIGH"));
    }

    @Test
    void shouldRefuseBadMeasuresNamingTheField() {
        post("{\"sex\":\"male\",\"heightCm\":180,\"waistCm\":38,\"neckCm\":38}")
                .statusCode(400).contentType("application/problem+json").body("violations.field", contains("waistCm"));
        post("{\"sex\":\"male\",\"heightCm\":180,\"waistIn\":14,\"neckCm\":38}")
                .statusCode(400).body("violations.field", contains("waistIn"));
        post("{\"sex\":\"female\",\"heightCm\":165,\"waistCm\":70,\"waistIn\":27.6}")
                .statusCode(400).body("violations.field", contains("waistIn"))
                .body("violations[0].message", containsString("exactly one"));
        post("{\"sex\":\"female\",\"heightCm\":165}")
                .statusCode(400).body("violations.field", contains("waistCm"));
        post("{\"sex\":\"female\",\"waistCm\":70}")
                .statusCode(400).body("violations.field", contains("heightCm"));
        post("{\"sex\":\"female\",\"heightCm\":165,\"waistCm\":260,\"hipCm\":9,\"neckIn\":200}")
                .statusCode(400).body("violations.field", hasItem("waistCm")).body("violations.field", hasItem("hipCm"))
                .body("violations.field", hasItem("neckIn"));
        post("{\"sex\":\"female\",\"heightCm\":165,\"weightKg\":60,\"weightLb\":132,\"waistCm\":70}")
                .statusCode(400).body("violations.field", contains("weightLb"));
    }
}
