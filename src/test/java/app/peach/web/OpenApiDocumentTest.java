package app.peach.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.notNullValue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The OpenAPI document is a reference a third-party developer can code from. */
@QuarkusTest
class OpenApiDocumentTest {

    @Test
    void shouldDescribeTheApi() {
        given().accept("application/json").when().get("/q/openapi")
                .then().statusCode(200)
                .body("info.title", equalTo("Peach API"))
                .body("info.version", notNullValue())
                .body("info.contact.email", notNullValue())
                .body("info.license.name", notNullValue())
                .body("paths", hasKey("/api/v1/energy"))
                .body("paths", hasKey("/api/v1/calorie-needs"))
                .body("paths.'/api/v1/energy'.post.summary", notNullValue())
                .body("paths.'/api/v1/energy'.post.requestBody.content.'application/json'.examples", notNullValue())
                .body("paths.'/api/v1/energy'.post.responses", hasKey("400"))
                .body("paths.'/api/v1/energy'.post.responses.'400'.content", hasKey("application/problem+json"))
                .body("paths.'/api/v1/energy'.post.responses", hasKey("415"))
                .body("paths.'/api/v1/energy'.post.responses", hasKey("500"))
                .body("paths.'/api/v1/energy'.post.responses.'500'.content", hasKey("application/problem+json"))
                .body("paths.'/api/v1/goals'.get.responses", hasKey("500"))
                .body("paths.'/api/v1/calorie-needs'.get.responses", hasKey("200"))
                .body("paths.'/api/v1/calorie-needs'.get.responses", hasKey("400"))
                .body("components.schemas", hasKey("Problem"));
    }

    @Test
    void shouldServeSwaggerUi() {
        given().when().get("/q/swagger-ui/").then().statusCode(200);
    }
}
