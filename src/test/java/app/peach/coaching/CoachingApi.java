package app.peach.coaching;

import static io.restassured.RestAssured.given;

import java.util.UUID;

import io.restassured.specification.RequestSpecification;

/** Test helpers: a fresh coach per call, and requests with its key. */
public final class CoachingApi {
    public static final String ADMIN_KEY = "test-admin-key-not-for-production";
    public static final String CLIENT = """
            {"name":"%s","sex":"female","birthDate":"1994-05-17","heightCm":165,"activityLevel":"lightly_active","goal":"fat_loss"}""";

    private CoachingApi() {
    }

    public static String newCoachKey() {
        return given().auth().oauth2(ADMIN_KEY).contentType("application/json")
                .body("{\"name\":\"Coach\",\"email\":\"" + UUID.randomUUID() + "@example.com\"}")
                .when().post("/api/v1/admin/coaches").then().statusCode(201).extract().path("apiKey");
    }

    public static RequestSpecification as(String key) {
        return given().auth().oauth2(key).contentType("application/json");
    }

    public static String newClient(String key, String name) {
        return as(key).body(CLIENT.formatted(name)).when().post("/api/v1/clients").then().statusCode(201).extract().path("id");
    }
}
