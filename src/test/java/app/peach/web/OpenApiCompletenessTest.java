package app.peach.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Every API operation in the OpenAPI document has a summary, a description, a tag, a success response
 * and the problem schema on its errors; every operation with a body has a request example.
 */
@QuarkusTest
class OpenApiCompletenessTest {

    @Test
    @SuppressWarnings("unchecked")
    void shouldDocumentEveryOperation() {
        Map<String, Map<String, Object>> paths = given().accept("application/json").when().get("/q/openapi")
                .then().statusCode(200).extract().jsonPath().getMap("paths");
        List<String> gaps = new ArrayList<>();
        paths.forEach((path, operations) -> {
            if (!path.startsWith("/api/")) {
                return;
            }
            operations.forEach((method, value) -> {
                if (!(value instanceof Map)) {
                    return;
                }
                Map<String, Object> op = (Map<String, Object>) value;
                String name = method.toUpperCase() + " " + path;
                if (op.get("summary") == null) {
                    gaps.add(name + ": no summary");
                }
                if (op.get("description") == null) {
                    gaps.add(name + ": no description");
                }
                if (op.get("tags") == null) {
                    gaps.add(name + ": no tag");
                }
                Map<String, Object> responses = (Map<String, Object>) op.get("responses");
                if (responses.keySet().stream().noneMatch(code -> code.startsWith("2"))) {
                    gaps.add(name + ": no success response");
                }
                responses.forEach((code, r) -> {
                    if (code.startsWith("4") || code.startsWith("5")) {
                        Map<String, Object> content = (Map<String, Object>) ((Map<String, Object>) r).get("content");
                        if (content == null || !content.containsKey("application/problem+json")) {
                            gaps.add(name + ": " + code + " without the problem schema");
                        }
                    }
                });
                Map<String, Object> body = (Map<String, Object>) op.get("requestBody");
                if (body != null) {
                    Map<String, Object> json = (Map<String, Object>) ((Map<String, Object>) body.get("content"))
                            .get("application/json");
                    if (json == null || json.get("examples") == null) {
                        gaps.add(name + ": request body without an example");
                    }
                }
            });
        });
        assertThat(gaps).isEmpty();
    }

    @Test
    void shouldDefineTheProblemSchemaThatErrorResponsesReferTo() {
        // StandardErrorResponses points every error response at #/components/schemas/Problem
        Map<String, Object> problem = given().accept("application/json").when().get("/q/openapi")
                .then().statusCode(200).extract().jsonPath().getMap("components.schemas.Problem.properties");
        assertThat(problem).containsKeys("type", "title", "status", "detail", "violations");
    }
}
