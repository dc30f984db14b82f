package app.peach;

import static io.restassured.RestAssured.given;

import java.util.UUID;

import io.restassured.specification.RequestSpecification;

/** API-test helpers for the features under /clients: a fresh coach per call, a client of it, requests with its key. */
public final class ClientApi {
    public static final String ADMIN_KEY = "test-admin-key-not-for-production";
    /** A woman born 1994-05-17, 165 cm, lightly active, with the goal to fill in. */
    public static final String CLIENT = """
            {"name":"Mia","sex":"female","birthDate":"1994-05-17","heightCm":165,"activityLevel":"lightly_active","goal":"%s"}""";

    private ClientApi() {
    }

    public static String newCoachKey() {
        return given().auth().oauth2(ADMIN_KEY).contentType("application/json")
                .body("{\"name\":\"Coach\",\"email\":\"" + UUID.randomUUID() + "@example.com\"}")
                .when().post("/api/v1/admin/coaches").then().statusCode(201).extract().path("apiKey");
    }

    public static RequestSpecification as(String key) {
        return given().auth().oauth2(key).contentType("application/json");
    }

    public static String newClient(String key, String goal) {
        return as(key).body(CLIENT.formatted(goal)).when().post("/api/v1/clients").then().statusCode(201).extract().path("id");
    }
}
