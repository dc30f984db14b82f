package app.peach.webhooks;

import static app.peach.coaching.CoachingApi.as;
import static app.peach.coaching.CoachingApi.newCoachKey;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** The subscription endpoints: what a coach may create, sees, and cannot reach of another coach. */
@QuarkusTest
class WebhookResourceTest {
    private static final String PUBLIC_URL = "https://203.0.113.10/hooks/peach"; // TEST-NET-3: never called here

    @Inject
    EntityManager em;

    @Test
    void shouldCreateAWebhookWithASecretShownOnce() {
        String key = newCoachKey();
        JsonPath created = as(key).body("{\"url\":\"" + PUBLIC_URL + "\",\"events\":[\"weigh_in.recorded\","
                + "\"client.verdict_changed\",\"weigh_in.recorded\"]}")
                .when().post("/api/v1/webhooks").then().statusCode(201).contentType("application/json")
                .header("Location", containsString("/api/v1/webhooks/")).extract().jsonPath();
        String id = created.getString("id");
        assertThat(created.getString("url")).isEqualTo(PUBLIC_URL);
        assertThat(created.getList("events")).containsExactly("weigh_in.recorded", "client.verdict_changed");
        assertThat(created.getString("createdAt")).isNotBlank();
        String secret = created.getString("secret");
        assertThat(secret).startsWith("whsec_");
        assertThat(Base64.getDecoder().decode(secret.substring(6))).hasSizeGreaterThanOrEqualTo(24);

        as(key).when().get("/api/v1/webhooks").then().statusCode(200)
                .body("id", contains(id)).body("[0].url", equalTo(PUBLIC_URL)).body("[0].keySet()", not(hasItem("secret")))
                .body("[0].secret", nullValue());
        as(key).when().get("/api/v1/webhooks/" + id).then().statusCode(200).body("id", equalTo(id))
                .body("secret", nullValue());
        as(key).when().get("/api/v1/webhooks/" + id + "/deliveries").then().statusCode(200)
                .body("items.size()", equalTo(0)).body("total", equalTo(0));
        as(key).when().delete("/api/v1/webhooks/" + id).then().statusCode(204);
        as(key).when().get("/api/v1/webhooks").then().statusCode(200).body("size()", equalTo(0));
    }

    @Test
    void shouldAnswerWithLocationOfTheNewWebhook() {
        String key = newCoachKey();
        var response = as(key).body("{\"url\":\"" + PUBLIC_URL + "\",\"events\":[\"intake.recorded\"]}")
                .when().post("/api/v1/webhooks").then().statusCode(201).extract();
        assertThat(response.header("Location")).endsWith("/api/v1/webhooks/" + response.path("id"));
    }

    @Test
    void shouldStoreTheSecretSealedSoThatADumpCannotSign() {
        String key = newCoachKey();
        JsonPath created = as(key).body("{\"url\":\"" + PUBLIC_URL + "\",\"events\":[\"intake.recorded\"]}")
                .when().post("/api/v1/webhooks").then().statusCode(201).extract().jsonPath();
        byte[] signingKey = Base64.getDecoder().decode(created.getString("secret").substring(6));
        byte[] stored = (byte[]) em.createNativeQuery("SELECT secret_ciphertext FROM webhook_subscriptions WHERE id = ?1")
                .setParameter(1, UUID.fromString(created.getString("id"))).getSingleResult();
        assertThat(stored).hasSize(12 + signingKey.length + 16);
        String storedText = new String(stored, StandardCharsets.ISO_8859_1);
        assertThat(storedText).doesNotContain(new String(signingKey, StandardCharsets.ISO_8859_1))
                .doesNotContain(created.getString("secret").substring(6));
    }

    @Test
    void shouldRefuseUrlsIntoThePrivateNetworkOrWithoutTls() {
        String key = newCoachKey();
        for (String url : new String[] { "http://203.0.113.10/hook", "https://10.0.0.1/hook", "https://192.168.1.1/",
                "https://169.254.169.254/latest/meta-data", "https://[::1]:8443/", "https://[fd12::1]/",
                "https://0.0.0.0/", "ftp://203.0.113.10/hook", "not a url", "https://user:pw@203.0.113.10/" }) {
            as(key).body("{\"url\":\"" + url + "\",\"events\":[\"weigh_in.recorded\"]}").when().post("/api/v1/webhooks")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("violations.field", contains("url"));
        }
        as(key).when().get("/api/v1/webhooks").then().statusCode(200).body("size()", equalTo(0));
    }

    @Test
    void shouldAllowLoopbackAndHttpOnlyForAllowedHosts() {
        String key = newCoachKey();
        for (String url : new String[] { "http://127.0.0.1:9/hook", "http://localhost:9/hook" }) {
            as(key).body("{\"url\":\"" + url + "\",\"events\":[\"weigh_in.recorded\"]}").when().post("/api/v1/webhooks")
                    .then().statusCode(201);
        }
    }

    @Test
    void shouldNameTheBadFieldOfABadRequest() {
        String key = newCoachKey();
        as(key).body("{\"url\":\"" + PUBLIC_URL + "\",\"events\":[\"weigh_in.recorded\",\"weight.changed\"]}")
                .when().post("/api/v1/webhooks").then().statusCode(400).body("violations.field", contains("events[1]"))
                .body("violations[0].message", containsString("client.verdict_changed"));
        as(key).body("{\"url\":\"" + PUBLIC_URL + "\",\"events\":[]}").when().post("/api/v1/webhooks")
                .then().statusCode(400).body("violations.field", contains("events"));
        as(key).body("{\"events\":[\"weigh_in.recorded\"]}").when().post("/api/v1/webhooks")
                .then().statusCode(400).body("violations.field", contains("url"));
        as(key).body("{\"url\":\"" + PUBLIC_URL + "\",\"events\":\"weigh_in.recorded\"}").when().post("/api/v1/webhooks")
                .then().statusCode(400).contentType("application/problem+json");
        as(key).when().post("/api/v1/webhooks").then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void shouldHideAnotherCoachsWebhooks() {
        String owner = newCoachKey();
        String other = newCoachKey();
        String id = as(owner).body("{\"url\":\"" + PUBLIC_URL + "\",\"events\":[\"intake.recorded\"]}")
                .when().post("/api/v1/webhooks").then().statusCode(201).extract().path("id");
        as(other).when().get("/api/v1/webhooks").then().statusCode(200).body("size()", equalTo(0));
        as(other).when().get("/api/v1/webhooks/" + id).then().statusCode(404).contentType("application/problem+json");
        as(other).when().get("/api/v1/webhooks/" + id + "/deliveries").then().statusCode(404);
        as(other).when().delete("/api/v1/webhooks/" + id).then().statusCode(404);
        as(owner).when().get("/api/v1/webhooks/" + id).then().statusCode(200);
        as(owner).when().delete("/api/v1/webhooks/not-an-id").then().statusCode(404);
        as(owner).when().get("/api/v1/webhooks/" + id + "/deliveries?size=0").then().statusCode(400);
    }

    @Test
    void shouldAskForACoachKey() {
        given().when().get("/api/v1/webhooks").then().statusCode(401).contentType("application/problem+json");
        given().contentType("application/json").body("{\"url\":\"" + PUBLIC_URL + "\",\"events\":[\"intake.recorded\"]}")
                .when().post("/api/v1/webhooks").then().statusCode(401);
    }

    @Test
    void shouldLimitTheWebhooksOfOneCoach() {
        String key = newCoachKey();
        for (int i = 0; i < 20; i++) {
            as(key).body("{\"url\":\"" + PUBLIC_URL + "?n=" + i + "\",\"events\":[\"intake.recorded\"]}")
                    .when().post("/api/v1/webhooks").then().statusCode(201);
        }
        as(key).body("{\"url\":\"" + PUBLIC_URL + "\",\"events\":[\"intake.recorded\"]}").when().post("/api/v1/webhooks")
                .then().statusCode(409).contentType("application/problem+json").body("detail", containsString("20"));
    }

    @Test
    void shouldDocumentTheEndpointsPayloadsAndHowToVerifyASignature() {
        JsonPath doc = given().accept("application/json").when().get("/q/openapi").then().statusCode(200)
                .extract().jsonPath();
        assertThat(doc.getString("paths.'/api/v1/webhooks'.post.operationId")).isEqualTo("createWebhook");
        assertThat(doc.getString("paths.'/api/v1/webhooks'.get.operationId")).isEqualTo("listWebhooks");
        assertThat(doc.getString("paths.'/api/v1/webhooks/{id}'.delete.operationId")).isEqualTo("deleteWebhook");
        assertThat(doc.getString("paths.'/api/v1/webhooks/{id}/deliveries'.get.operationId"))
                .isEqualTo("listWebhookDeliveries");
        assertThat(doc.getMap("paths.'/api/v1/webhooks'.post.responses")).containsKeys("201", "400", "401", "409", "503");
        assertThat(doc.getList("components.schemas.WebhookEventType.enum")).containsExactlyElementsOf(EventType.ALL);
        String tag = doc.getString("tags.find { it.name == 'Webhooks' }.description");
        assertThat(tag).contains("webhook-id", "webhook-timestamp", "webhook-signature", "```java", "```ts",
                "HmacSHA256", "createHmac", "client.verdict_changed", "previousVerdict");
    }
}
