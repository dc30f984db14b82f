package app.peach.idempotency;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** Idempotency keys as the contract says: a retry with the same key and body replays the first answer, creates nothing. */
@QuarkusTest
class IdempotencyTest {
    static final String ADMIN_KEY = "test-admin-key-not-for-production";
    static final String CLIENT = """
            {"name":"Idem %s","sex":"female","birthDate":"1994-05-17","heightCm":165,"activityLevel":"lightly_active","goal":"fat_loss"}""";

    @Inject
    EntityManager em;
    @Inject
    IdempotencyStore store;

    @Test
    void shouldReplayTheFirstAnswerByteForByteAndCreateNothing() {
        String coach = newCoachKey();
        String key = UUID.randomUUID().toString();
        String body = CLIENT.formatted("A");
        Response first = as(coach).header(Idempotent.HEADER, key).body(body).post("/api/v1/clients");
        Response again = as(coach).header(Idempotent.HEADER, key).body(body).post("/api/v1/clients");
        first.then().statusCode(201);
        again.then().statusCode(201).header(Idempotent.REPLAYED, "true");
        assertThat(first.getHeader(Idempotent.REPLAYED)).isNull();
        assertThat(again.asByteArray()).isEqualTo(first.asByteArray());
        assertThat(again.getHeader("Location")).isEqualTo(first.getHeader("Location")).endsWith("/api/v1/clients/" + first.path("id"));
        assertThat(again.getHeader("ETag")).isEqualTo(first.getHeader("ETag"));
        as(coach).get("/api/v1/clients").then().statusCode(200).body("total", equalTo(1));
        assertThat(rows(key)).isEqualTo(1);
    }

    @Test
    void shouldTreatTheSameJsonWithOtherSpacingAsTheSameRequest() {
        String coach = newCoachKey();
        String key = UUID.randomUUID().toString();
        String id = as(coach).header(Idempotent.HEADER, key).body(CLIENT.formatted("B")).post("/api/v1/clients")
                .then().statusCode(201).extract().path("id");
        as(coach).header(Idempotent.HEADER, key).body(CLIENT.formatted("B").replace(",", ", ")).post("/api/v1/clients")
                .then().statusCode(201).header(Idempotent.REPLAYED, "true").body("id", equalTo(id));
    }

    @Test
    void shouldRefuseTheSameKeyWithADifferentBody() {
        String coach = newCoachKey();
        String key = UUID.randomUUID().toString();
        as(coach).header(Idempotent.HEADER, key).body(CLIENT.formatted("C")).post("/api/v1/clients").then().statusCode(201);
        as(coach).header(Idempotent.HEADER, key).body(CLIENT.formatted("D")).post("/api/v1/clients")
                .then().statusCode(422).contentType("application/problem+json").body("status", equalTo(422));
        as(coach).get("/api/v1/clients").then().body("total", equalTo(1));
    }

    @Test
    void shouldScopeKeysToTheCaller() {
        String key = UUID.randomUUID().toString();
        String a = as(newCoachKey()).header(Idempotent.HEADER, key).body(CLIENT.formatted("E")).post("/api/v1/clients")
                .then().statusCode(201).extract().path("id");
        Response b = as(newCoachKey()).header(Idempotent.HEADER, key).body(CLIENT.formatted("E")).post("/api/v1/clients");
        b.then().statusCode(201);
        assertThat(b.getHeader(Idempotent.REPLAYED)).isNull();
        assertThat(b.<String>path("id")).isNotEqualTo(a);
    }

    @Test
    void shouldReplayANewCoachKeyWithoutStoringItInTheClear() {
        String key = UUID.randomUUID().toString();
        String body = "{\"name\":\"Idem Coach\",\"email\":\"" + UUID.randomUUID() + "@example.com\"}";
        Response first = given().auth().oauth2(ADMIN_KEY).contentType("application/json").header(Idempotent.HEADER, key)
                .body(body).post("/api/v1/admin/coaches");
        first.then().statusCode(201);
        // the coach's email is unique: without the replay this second create would fail
        given().auth().oauth2(ADMIN_KEY).contentType("application/json").header(Idempotent.HEADER, key).body(body)
                .post("/api/v1/admin/coaches").then().statusCode(201).header(Idempotent.REPLAYED, "true")
                .body("apiKey", equalTo(first.path("apiKey")));
        byte[] stored = QuarkusTransaction.requiringNew().call(() -> (byte[]) em.createNativeQuery(
                "SELECT body FROM idempotency_keys WHERE idempotency_key = ?1").setParameter(1, key).getSingleResult());
        assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain(first.<String>path("apiKey"))
                .doesNotContain("Idem Coach");
    }

    @Test
    void shouldRefuseAKeyLongerThan255Characters() {
        String coach = newCoachKey();
        as(coach).header(Idempotent.HEADER, "k".repeat(256)).body(CLIENT.formatted("F")).post("/api/v1/clients")
                .then().statusCode(400).body("violations.field", hasItem(Idempotent.HEADER));
        as(coach).header(Idempotent.HEADER, "k".repeat(255)).body(CLIENT.formatted("F")).post("/api/v1/clients")
                .then().statusCode(201);
    }

    @Test
    void shouldLetTheDatabaseDecideBetweenConcurrentRequestsWithOneKey() throws Exception {
        String coach = newCoachKey();
        String key = UUID.randomUUID().toString();
        String body = CLIENT.formatted("G");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Response>> calls = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                calls.add(() -> as(coach).header(Idempotent.HEADER, key).body(body).post("/api/v1/clients"));
            }
            List<String> ids = new ArrayList<>();
            for (Future<Response> f : pool.invokeAll(calls)) {
                Response r = f.get();
                assertThat(r.statusCode()).isIn(201, 409);
                if (r.statusCode() == 201) {
                    ids.add(r.path("id"));
                }
            }
            assertThat(ids).isNotEmpty().allMatch(ids.get(0)::equals);
        } finally {
            pool.shutdownNow();
        }
        as(coach).get("/api/v1/clients").then().body("total", equalTo(1));
        assertThat(rows(key)).isEqualTo(1);
    }

    @Test
    void shouldRefuseAKeyWhoseAnswerWasSealedUnderAnotherApiKey() {
        String coach = newCoachKey();
        String key = UUID.randomUUID().toString();
        String body = CLIENT.formatted("Sealed");
        as(coach).header(Idempotent.HEADER, key).body(body).post("/api/v1/clients").then().statusCode(201);
        // as if the answer had been sealed under the caller's previous API key (an admin key changed since)
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "UPDATE idempotency_keys SET body = ?1 WHERE idempotency_key = ?2").setParameter(1, new byte[64])
                .setParameter(2, key).executeUpdate());
        as(coach).header(Idempotent.HEADER, key).body(body).post("/api/v1/clients").then().statusCode(422)
                .contentType("application/problem+json");
        as(coach).get("/api/v1/clients").then().statusCode(200).body("total", equalTo(1));
    }

    @Test
    void shouldForgetKeysAfter24HoursAndPurgeThem() {
        Instant t = Instant.parse("2026-01-10T08:00:00Z");
        StoredBodies cipher = StoredBodies.of("pk_test-purge");
        StoredResponse answer = new StoredResponse(201, Map.of("Content-Type", "application/json"), "{}".getBytes(StandardCharsets.UTF_8));
        String scope = "purge-" + UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> assertThat(store.store(scope, "old", "a".repeat(64), answer, t,
                t.plus(IdempotencyInterceptor.LIFETIME), cipher)).isTrue());
        Instant later = t.plus(IdempotencyInterceptor.LIFETIME).plus(Duration.ofMinutes(1));
        QuarkusTransaction.requiringNew().run(() -> {
            assertThat(store.find(scope, "old", t.plus(Duration.ofHours(23)), cipher)).isPresent();
            assertThat(store.find(scope, "old", later, cipher)).isEmpty();
            // the next store purges it
            assertThat(store.store(scope, "new", "b".repeat(64), answer, later, later.plus(IdempotencyInterceptor.LIFETIME), cipher)).isTrue();
        });
        long left = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "SELECT count(*) FROM idempotency_keys WHERE scope = ?1 AND idempotency_key = 'old'").setParameter(1, scope)
                .getSingleResult()).longValue());
        assertThat(left).isZero();
    }

    private long rows(String key) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "SELECT count(*) FROM idempotency_keys WHERE idempotency_key = ?1").setParameter(1, key).getSingleResult()).longValue());
    }

    private static String newCoachKey() {
        return given().auth().oauth2(ADMIN_KEY).contentType("application/json")
                .body("{\"name\":\"Coach\",\"email\":\"" + UUID.randomUUID() + "@example.com\"}")
                .when().post("/api/v1/admin/coaches").then().statusCode(201).extract().path("apiKey");
    }

    private static RequestSpecification as(String key) {
        return given().auth().oauth2(key).contentType("application/json");
    }
}
