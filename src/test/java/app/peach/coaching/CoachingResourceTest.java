package app.peach.coaching;

import static app.peach.coaching.CoachingApi.ADMIN_KEY;
import static app.peach.coaching.CoachingApi.CLIENT;
import static app.peach.coaching.CoachingApi.as;
import static app.peach.coaching.CoachingApi.newClient;
import static app.peach.coaching.CoachingApi.newCoachKey;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class CoachingResourceTest {
    @Inject
    EntityManager em;
    @Inject
    Clock clock; // the suite's fixed clock (app.peach.TestClock), the one the services see

    private LocalDate today() {
        return LocalDate.now(clock); // by the injected clock, not the wall clock
    }

    @Test
    void shouldCreateCoachesOnlyWithTheAdminKey() {
        String body = "{\"name\":\"Alex\",\"email\":\"alex-" + System.nanoTime() + "@example.com\"}";
        given().contentType("application/json").body(body).when().post("/api/v1/admin/coaches")
                .then().statusCode(401).contentType("application/problem+json").header("WWW-Authenticate", "Bearer");
        given().auth().oauth2("not-the-admin-key").contentType("application/json").body(body)
                .when().post("/api/v1/admin/coaches").then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(newCoachKey()).contentType("application/json").body(body)
                .when().post("/api/v1/admin/coaches").then().statusCode(403);
        given().auth().oauth2(ADMIN_KEY).contentType("application/json").body(body).when().post("/api/v1/admin/coaches")
                .then().statusCode(201).body("id", notNullValue()).body("name", equalTo("Alex"))
                .body("apiKey", matchesPattern("pk_[A-Za-z0-9_-]{43}"));
        given().auth().oauth2(ADMIN_KEY).contentType("application/json").body(body).when().post("/api/v1/admin/coaches")
                .then().statusCode(400).body("violations.field", hasItem("email"));
    }

    @Test
    void shouldStoreOnlyTheHashOfTheKey() {
        String key = newCoachKey();
        List<?> plain = em.createNativeQuery("SELECT 1 FROM coaches WHERE api_key_hash = ?1").setParameter(1, key).getResultList();
        List<?> hashed = em.createNativeQuery("SELECT 1 FROM coaches WHERE api_key_hash = ?1").setParameter(1, ApiKeys.hash(key))
                .getResultList();
        org.assertj.core.api.Assertions.assertThat(plain).isEmpty();
        org.assertj.core.api.Assertions.assertThat(hashed).hasSize(1);
    }

    @Test
    void shouldManageClientsWithLocationAndPagination() {
        String key = newCoachKey();
        String location = as(key).body(CLIENT.formatted("Bea")).when().post("/api/v1/clients")
                .then().statusCode(201).header("Location", containsString("/api/v1/clients/"))
                .body("age", notNullValue()).body("version", equalTo(0)).extract().header("Location");
        newClient(key, "Ann");
        newClient(key, "Cid");
        as(key).queryParam("size", 2).when().get("/api/v1/clients")
                .then().statusCode(200).body("total", equalTo(3)).body("items", hasSize(2)).body("items.name", equalTo(List.of("Ann", "Bea")));
        as(key).when().get(location).then().statusCode(200).body("name", equalTo("Bea")).header("ETag", "\"0\"");
        as(newCoachKey()).when().get("/api/v1/clients").then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void shouldAnswer404ToAnotherCoachAnd401WithoutAKeyOnEveryClientPath() {
        String owner = newCoachKey();
        String other = newCoachKey();
        String id = newClient(owner, "Private");
        String day = today().toString();
        String[][] calls = {
                { "GET", "/api/v1/clients/" + id, null },
                { "PUT", "/api/v1/clients/" + id, CLIENT.formatted("X").replace("}", ",\"version\":0}") },
                { "DELETE", "/api/v1/clients/" + id, null },
                { "PUT", "/api/v1/clients/" + id + "/weigh-ins/" + day, "{\"weightKg\":70}" },
                { "GET", "/api/v1/clients/" + id + "/weigh-ins", null },
                { "PUT", "/api/v1/clients/" + id + "/intake/" + day, "{\"kcal\":1800}" },
                { "GET", "/api/v1/clients/" + id + "/intake", null },
                { "GET", "/api/v1/clients/" + id + "/progress", null } };
        for (String[] call : calls) {
            var withOther = as(other);
            var withNone = given().contentType("application/json");
            var withJunk = as("pk_not-a-real-key");
            if (call[2] != null) {
                withOther.body(call[2]);
                withNone.body(call[2]);
                withJunk.body(call[2]);
            }
            withOther.request(call[0], call[1]).then().statusCode(404).contentType("application/problem+json");
            withNone.request(call[0], call[1]).then().statusCode(401).contentType("application/problem+json");
            withJunk.request(call[0], call[1]).then().statusCode(401);
        }
        given().when().get("/api/v1/clients").then().statusCode(401);
        given().when().get("/api/v1/dashboard").then().statusCode(401);
        as(other).when().get("/api/v1/clients").then().statusCode(200).body("total", equalTo(0));
        as(other).when().get("/api/v1/dashboard").then().statusCode(200).body("total", equalTo(0));
        as(owner).when().get("/api/v1/clients/" + id).then().statusCode(200).body("name", equalTo("Private"));
        as(owner).when().get("/api/v1/clients/not-a-uuid").then().statusCode(404);
    }

    @Test
    void shouldForbidCachingEveryKeyHoldersAnswerAndNoCalculatorsAnswer() {
        String key = newCoachKey();
        String id = newClient(key, "Uncached");
        as(key).when().get("/api/v1/clients/" + id).then().statusCode(200).header("Cache-Control", "no-store");
        as(key).when().get("/api/v1/clients/" + id + "/progress").then().statusCode(200).header("Cache-Control", "no-store");
        as(newCoachKey()).when().get("/api/v1/clients/" + id).then().statusCode(404).header("Cache-Control", "no-store");
        given().when().get("/api/v1/clients/" + id).then().statusCode(401).header("Cache-Control", "no-store");
        // one header, not two (a path-wide setting for /api/v1/clients/* used to add a second)
        org.assertj.core.api.Assertions.assertThat(as(key).when().get("/api/v1/clients/" + id).then().extract().headers()
                .getValues("Cache-Control")).containsExactly("no-store");
        given().auth().oauth2(ADMIN_KEY).contentType("application/json").body("{}").when().post("/api/v1/admin/coaches")
                .then().statusCode(400).header("Cache-Control", "no-store");
        given().contentType("application/json").body("{\"sex\":\"female\",\"age\":30,\"weightKg\":65,\"heightCm\":165,"
                + "\"activityLevel\":\"sedentary\"}").when().post("/api/v1/energy")
                .then().statusCode(200).header("Cache-Control", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void shouldKeepOneWeighInPerDate() {
        String key = newCoachKey();
        String id = newClient(key, "Once");
        String day = today().minusDays(1).toString();
        as(key).body("{\"weightKg\":70.0}").when().put("/api/v1/clients/" + id + "/weigh-ins/" + day).then().statusCode(201);
        as(key).body("{\"weightKg\":69.5}").when().put("/api/v1/clients/" + id + "/weigh-ins/" + day).then().statusCode(200);
        as(key).body("{\"weightLb\":153}").when().put("/api/v1/clients/" + id + "/weigh-ins/" + day).then().statusCode(200);
        as(key).when().get("/api/v1/clients/" + id + "/weigh-ins")
                .then().statusCode(200).body("", hasSize(1)).body("[0].weightKg", equalTo(69.4f));
        as(key).body("{\"kcal\":1800}").when().put("/api/v1/clients/" + id + "/intake/" + day).then().statusCode(201);
        as(key).body("{\"kcal\":1700,\"proteinG\":110}").when().put("/api/v1/clients/" + id + "/intake/" + day).then().statusCode(200);
        as(key).when().get("/api/v1/clients/" + id + "/intake").then().body("", hasSize(1)).body("[0].kcal", equalTo(1700));
    }

    @Test
    void shouldRefuseStaleUpdates() {
        String key = newCoachKey();
        String id = newClient(key, "Locked");
        String update = CLIENT.formatted("Renamed");
        as(key).body(update).when().put("/api/v1/clients/" + id).then().statusCode(428).contentType("application/problem+json");
        as(key).header("If-Match", "\"0\"").body(update).when().put("/api/v1/clients/" + id)
                .then().statusCode(200).body("version", equalTo(1)).header("ETag", "\"1\"");
        as(key).header("If-Match", "\"0\"").body(CLIENT.formatted("Lost update")).when().put("/api/v1/clients/" + id)
                .then().statusCode(412).contentType("application/problem+json");
        as(key).body(CLIENT.formatted("Lost update").replace("}", ",\"version\":0}")).when().put("/api/v1/clients/" + id)
                .then().statusCode(409).contentType("application/problem+json");
        as(key).when().get("/api/v1/clients/" + id).then().body("name", equalTo("Renamed"));
    }

    @Test
    void shouldDeleteAClientWithItsLogs() {
        String key = newCoachKey();
        String id = newClient(key, "Gone");
        as(key).body("{\"weightKg\":70}").when().put("/api/v1/clients/" + id + "/weigh-ins/" + today()).then().statusCode(201);
        as(key).body("{\"kcal\":1900}").when().put("/api/v1/clients/" + id + "/intake/" + today()).then().statusCode(201);
        as(key).when().delete("/api/v1/clients/" + id).then().statusCode(204);
        as(key).when().get("/api/v1/clients/" + id).then().statusCode(404);
        Number logs = (Number) em.createNativeQuery("SELECT (SELECT count(*) FROM weigh_ins WHERE client_id = CAST(?1 AS uuid)) "
                + "+ (SELECT count(*) FROM intake_logs WHERE client_id = CAST(?1 AS uuid))").setParameter(1, id).getSingleResult();
        org.assertj.core.api.Assertions.assertThat(logs.intValue()).isZero();
    }

    @Test
    void shouldValidateClientsAndLogs() {
        String key = newCoachKey();
        as(key).body(CLIENT.formatted("Kid").replace("1994-05-17", today().minusYears(12).toString()))
                .when().post("/api/v1/clients").then().statusCode(400).body("violations.field", hasItem("birthDate"));
        as(key).body(CLIENT.formatted("").replace("\"heightCm\":165", "\"heightCm\":99"))
                .when().post("/api/v1/clients").then().statusCode(400).body("violations.field", hasItem("name"))
                .body("violations.field", hasItem("heightCm"));
        as(key).body(CLIENT.formatted("Nul\\u0000Byte")).when().post("/api/v1/clients")
                .then().statusCode(400).body("violations.field", hasItem("name"));
        String id = newClient(key, "Logs");
        as(key).body("{\"weightKg\":70}").when().put("/api/v1/clients/" + id + "/weigh-ins/2026-13-45")
                .then().statusCode(400).body("violations.field", hasItem("date"));
        as(key).body("{\"weightKg\":70}").when().put("/api/v1/clients/" + id + "/weigh-ins/" + today().plusDays(5))
                .then().statusCode(400).body("violations.field", hasItem("date"));
        as(key).body("{\"weightKg\":500}").when().put("/api/v1/clients/" + id + "/weigh-ins/" + today())
                .then().statusCode(400).body("violations.field", hasItem("weightKg"));
        as(key).body("{\"kcal\":-1}").when().put("/api/v1/clients/" + id + "/intake/" + today())
                .then().statusCode(400).body("violations.field", hasItem("kcal"));
        as(key).queryParam("from", "yesterday").when().get("/api/v1/clients/" + id + "/weigh-ins")
                .then().statusCode(400).body("violations.field", hasItem("from"));
    }

    @Test
    void shouldMeasureProgressFrom28DaysOfNoisyLogs() {
        String key = newCoachKey();
        String id = newClient(key, "Steady");
        Random random = new Random(7);
        LocalDate first = today().minusDays(27);
        for (int d = 0; d < 28; d++) {
            double kg = 80 - 0.5 / 7 * d + random.nextGaussian() * 0.4;
            as(key).body("{\"weightKg\":" + kg + "}").when().put("/api/v1/clients/" + id + "/weigh-ins/" + first.plusDays(d))
                    .then().statusCode(201);
            as(key).body("{\"kcal\":1800,\"proteinG\":130}").when().put("/api/v1/clients/" + id + "/intake/" + first.plusDays(d))
                    .then().statusCode(201);
        }
        var progress = as(key).when().get("/api/v1/clients/" + id + "/progress").then().statusCode(200)
                .body("targets.goal", equalTo("fat_loss")).body("maintenanceSource", equalTo("adaptive"))
                .body("weighInDays", equalTo(28)).extract().jsonPath();
        org.assertj.core.api.Assertions.assertThat(progress.getDouble("observedWeeklyRateKg"))
                .isCloseTo(-0.5, org.assertj.core.api.Assertions.within(0.15));
        // true expenditure: 1,800 + 0.5 x 7,700 / 7 = 2,350
        org.assertj.core.api.Assertions.assertThat(progress.getDouble("adaptiveTdeeKcal"))
                .isCloseTo(2350, org.assertj.core.api.Assertions.within(235.0));
    }

    @Test
    void shouldLeaveDaysWithoutProteinOutOfTheProteinAverage() {
        // 13 days logged without protein and one with 130 g (1.6 g/kg at 80 kg, inside fat loss's 1.4-3.1): the
        // average is 1.6 g/kg, not 130 g over 14 days; a day without proteinG must not read back as 0 g
        String key = newCoachKey();
        String id = newClient(key, "Nora Noprotein");
        LocalDate first = today().minusDays(13);
        for (int d = 0; d < 14; d++) {
            as(key).body("{\"weightKg\":" + (80 - 0.4 / 7 * d) + "}")
                    .when().put("/api/v1/clients/" + id + "/weigh-ins/" + first.plusDays(d)).then().statusCode(201);
            String intake = d == 13 ? "{\"kcal\":1900,\"proteinG\":130}" : "{\"kcal\":1900}";
            as(key).body(intake).when().put("/api/v1/clients/" + id + "/intake/" + first.plusDays(d)).then().statusCode(201);
        }
        as(key).when().get("/api/v1/clients/" + id + "/progress").then().statusCode(200)
                .body("findings.code", not(hasItem("PROTEIN_BELOW_RANGE")));
        as(key).when().get("/api/v1/dashboard").then().statusCode(200)
                .body("items.find { it.name == 'Nora Noprotein' }.findings.code", not(hasItem("PROTEIN_BELOW_RANGE")));
        // the control: with 50 g on that day (0.6 g/kg) the average is below the range
        as(key).body("{\"kcal\":1900,\"proteinG\":50}").when().put("/api/v1/clients/" + id + "/intake/" + first.plusDays(13))
                .then().statusCode(200);
        as(key).when().get("/api/v1/clients/" + id + "/progress").then().statusCode(200)
                .body("findings.code", hasItem("PROTEIN_BELOW_RANGE"));
    }

    @Test
    void shouldFlagWhatHappenedAndPutTheMostSevereFirstOnTheDashboard() {
        String key = newCoachKey();
        String fine = newClient(key, "Aaron Fine");
        String crash = newClient(key, "Zoe Crash");
        LocalDate first = today().minusDays(20);
        for (int d = 0; d <= 20; d++) {
            as(key).body("{\"weightKg\":" + (80 - 1.5 / 7 * d) + "}")
                    .when().put("/api/v1/clients/" + crash + "/weigh-ins/" + first.plusDays(d)).then().statusCode(201);
            as(key).body("{\"kcal\":900}").when().put("/api/v1/clients/" + crash + "/intake/" + first.plusDays(d)).then().statusCode(201);
            as(key).body("{\"weightKg\":" + (65 - 0.3 / 7 * d) + "}")
                    .when().put("/api/v1/clients/" + fine + "/weigh-ins/" + first.plusDays(d)).then().statusCode(201);
        }
        as(key).when().get("/api/v1/clients/" + crash + "/progress").then().statusCode(200)
                .body("verdict", equalTo("unsafe"))
                .body("findings.code", hasItem("LOSS_RATE_TOO_FAST"))
                .body("findings.code", hasItem("CALORIES_BELOW_FLOOR"));
        as(key).when().get("/api/v1/dashboard").then().statusCode(200)
                .body("total", equalTo(2))
                .body("items[0].name", equalTo("Zoe Crash"))
                .body("items[0].verdict", equalTo("unsafe"))
                .body("items[1].name", equalTo("Aaron Fine"))
                .body("items[1].findings.code", not(hasItem("LOSS_RATE_TOO_FAST")));
    }
}
