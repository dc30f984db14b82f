package app.peach.webhooks;

import static app.peach.coaching.CoachingApi.as;
import static app.peach.coaching.CoachingApi.newClient;
import static app.peach.coaching.CoachingApi.newCoachKey;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import app.peach.vocabulary.ClientEvent;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * The outbox itself, with nothing sending (no secret key: the dispatcher waits), so every row stays where the
 * write left it: a delivery commits and rolls back with its write, and two dispatchers claiming at once never
 * take the same row.
 */
@QuarkusTest
@TestProfile(WithoutSecretKey.class)
class OutboxTest {
    private static final OffsetDateTime LONG_AGO = OffsetDateTime.of(2000, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);

    @Inject
    WebhookRepository repo;

    @Inject
    EntityManager em;

    @Inject
    Event<ClientEvent> events;

    @Inject
    Clock clock;

    @Test
    void shouldRefuseToCreateWebhooksWithoutTheOperatorsKey() {
        as(newCoachKey()).body("{\"url\":\"https://203.0.113.10/hook\",\"events\":[\"weigh_in.recorded\"]}")
                .when().post("/api/v1/webhooks").then().statusCode(503).contentType("application/problem+json")
                .body("detail", containsString("peach.webhooks.secret-key"));
    }

    @Test
    void shouldCommitTheDeliveryWithTheWeighInThatCausedIt() {
        String key = newCoachKey();
        String client = newClient(key, "Rae");
        UUID coach = coachOf(client);
        UUID subscription = subscribe(coach, "weigh_in.recorded");
        String today = LocalDate.now(clock).toString();

        as(key).body("{\"weightKg\":72.35}").put("/api/v1/clients/" + client + "/weigh-ins/" + today).then().statusCode(201);
        List<Object[]> rows = deliveries(subscription);
        assertThat(rows).hasSize(1);
        assertThat((String) rows.get(0)[0]).matches("msg_[0-9a-f]{32}");
        assertThat((String) rows.get(0)[1]).startsWith("{\"type\":\"weigh_in.recorded\",\"timestamp\":\"")
                .endsWith("\"data\":{\"clientId\":\"" + client + "\",\"date\":\"" + today + "\",\"weightKg\":72.35}}");
        assertThat(rows.get(0)[2]).isEqualTo("pending");

        as(key).body("{\"weightKg\":20}").put("/api/v1/clients/" + client + "/weigh-ins/" + today).then().statusCode(400);
        as(key).body("{\"kcal\":1500}").put("/api/v1/clients/" + client + "/intake/" + today).then().statusCode(201);
        assertThat(deliveries(subscription)).as("a refused write and an event not asked for add nothing").hasSize(1);
        repo(() -> repo.delete(coach, subscription));
        assertThat(deliveries(subscription)).as("deleting the webhook drops what was pending").isEmpty();
    }

    @Test
    void shouldRollTheDeliveryBackWithAWriteThatFails() {
        String key = newCoachKey();
        String client = newClient(key, "Liv");
        UUID coach = coachOf(client);
        UUID subscription = subscribe(coach, "measurement.recorded");
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
            events.fire(new ClientEvent(ClientEvent.MEASUREMENT_RECORDED, coach, UUID.fromString(client), clock.instant(),
                    Map.of("date", "2026-11-20", "waistCm", 70.5)));
            throw new IllegalStateException("the write fails after its event");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(deliveries(subscription)).isEmpty();

        QuarkusTransaction.requiringNew().run(() -> events.fire(new ClientEvent(ClientEvent.MEASUREMENT_RECORDED, coach,
                UUID.fromString(client), clock.instant(), Map.of("waistCm", 70.5, "date", "2026-11-20"))));
        List<Object[]> rows = deliveries(subscription);
        assertThat(rows).hasSize(1);
        assertThat((String) rows.get(0)[1]).as("clientId first, then the data sorted by name")
                .endsWith("\"data\":{\"clientId\":\"" + client + "\",\"date\":\"2026-11-20\",\"waistCm\":70.5}}");
        repo(() -> repo.delete(coach, subscription));
    }

    @Test
    void shouldNeverLetTwoDispatchersClaimTheSameDelivery() throws Exception {
        String key = newCoachKey();
        String client = newClient(key, "Sky");
        UUID coach = coachOf(client);
        UUID subscription = subscribe(coach, "check_in.proposed");
        Set<UUID> mine = new HashSet<>();
        for (int i = 0; i < 10; i++) {
            String messageId = Outbox.newMessageId();
            QuarkusTransaction.requiringNew().run(() -> repo.enqueue(coach, ClientEvent.CHECK_IN_PROPOSED, messageId,
                    "{\"type\":\"check_in.proposed\"}", LONG_AGO)); // due long ago: first in line
        }
        deliveryIds(subscription).forEach(mine::add);
        assertThat(mine).hasSize(10);

        OffsetDateTime now = OffsetDateTime.now(clock);
        CountDownLatch claimed = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService other = Executors.newSingleThreadExecutor();
        try {
            // dispatcher A claims 3 and keeps its transaction open
            Future<List<WebhookRepository.Claimed>> a = other.submit(() -> QuarkusTransaction.requiringNew().call(() -> {
                List<WebhookRepository.Claimed> c = repo.claim(3, now, now.plusHours(1));
                claimed.countDown();
                release.await(30, TimeUnit.SECONDS);
                return c;
            }));
            assertThat(claimed.await(30, TimeUnit.SECONDS)).isTrue();
            // dispatcher B claims at the same moment: it passes over A's locked rows instead of waiting for them
            List<WebhookRepository.Claimed> b = QuarkusTransaction.requiringNew().call(() -> repo.claim(100, now,
                    now.plusHours(1)));
            release.countDown();
            List<UUID> byA = a.get(30, TimeUnit.SECONDS).stream().map(WebhookRepository.Claimed::id).toList();
            List<UUID> byB = b.stream().map(WebhookRepository.Claimed::id).filter(mine::contains).toList();
            assertThat(byA).hasSize(3).allMatch(mine::contains);
            assertThat(byB).hasSize(7).doesNotContainAnyElementsOf(byA);
            List<UUID> all = new ArrayList<>(byA);
            all.addAll(byB);
            assertThat(all).containsExactlyInAnyOrderElementsOf(mine);
            // claimed rows are not due again until their claim lapses
            assertThat(QuarkusTransaction.requiringNew().call(() -> repo.claim(100, now, now.plusHours(1))))
                    .extracting(WebhookRepository.Claimed::id).doesNotContainAnyElementsOf(mine);
        } finally {
            release.countDown();
            other.shutdownNow();
            repo(() -> repo.delete(coach, subscription));
        }
    }

    private UUID coachOf(String client) {
        return (UUID) em.createNativeQuery("SELECT coach_id FROM clients WHERE id = ?1")
                .setParameter(1, UUID.fromString(client)).getSingleResult();
    }

    /** A subscription written directly (the API refuses without a key); its sealed secret is never opened here. */
    private UUID subscribe(UUID coach, String event) {
        UUID id = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> repo.insertSubscription(id, coach, "https://203.0.113.10/hook",
                List.of(event), new byte[60], OffsetDateTime.now(clock)));
        return id;
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> deliveries(UUID subscription) {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "SELECT message_id, payload, status FROM webhook_deliveries WHERE subscription_id = ?1")
                .setParameter(1, subscription).getResultList());
    }

    @SuppressWarnings("unchecked")
    private List<UUID> deliveryIds(UUID subscription) {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "SELECT id FROM webhook_deliveries WHERE subscription_id = ?1").setParameter(1, subscription).getResultList());
    }

    private static void repo(Runnable work) {
        QuarkusTransaction.requiringNew().run(work);
    }
}
