package app.peach.checkins;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.notNullValue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/** The new operations are documented with their operationIds, examples and the errors they can answer. */
@QuarkusTest
class MeasurementsAndCheckInsOpenApiTest {

    @Test
    void shouldDocumentTheNewOperations() {
        ValidatableResponse doc = given().accept("application/json").when().get("/q/openapi").then().statusCode(200);
        String[][] operations = {
                { "/api/v1/body-composition", "post", "calculateBodyComposition", "200" },
                { "/api/v1/clients/{id}/measurements/{date}", "put", "recordMeasurement", "201" },
                { "/api/v1/clients/{id}/measurements", "get", "listMeasurements", "200" },
                { "/api/v1/clients/{id}/check-ins", "post", "proposeCheckIn", "201" },
                { "/api/v1/clients/{id}/check-ins/{checkInId}/approve", "post", "approveCheckIn", "200" },
                { "/api/v1/clients/{id}/check-ins/{checkInId}/reject", "post", "rejectCheckIn", "200" },
                { "/api/v1/clients/{id}/check-ins", "get", "listCheckIns", "200" },
                { "/api/v1/clients/{id}/targets", "get", "getApprovedTargets", "200" } };
        for (String[] op : operations) {
            String at = "paths.'" + op[0] + "'." + op[1];
            doc.body(at + ".operationId", equalTo(op[2]))
                    .body(at + ".responses.'" + op[3] + "'.content.'application/json'.examples", notNullValue())
                    .body(at + ".responses", hasKey("500"));
            if (op[0].contains("/clients/")) {
                doc.body(at + ".responses", hasKey("401")).body(at + ".responses", hasKey("404"));
            }
        }
        doc.body("paths.'/api/v1/clients/{id}/check-ins/{checkInId}/approve'.post.responses", hasKey("409"))
                .body("paths.'/api/v1/clients/{id}/check-ins'.post.responses", hasKey("409"))
                .body("paths.'/api/v1/clients/{id}/check-ins'.post.responses.'201'.headers", hasKey("Location"))
                .body("paths.'/api/v1/body-composition'.post.requestBody.content.'application/json'.examples", notNullValue())
                .body("paths.'/api/v1/body-composition'.post.responses", hasKey("400"))
                .body("components.schemas.Progress.properties", hasKey("measurements"))
                .body("components.schemas.DashboardEntry.properties", hasKey("pendingCheckInId"));
    }
}
