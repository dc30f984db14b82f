package app.peach.webhooks;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import app.peach.vocabulary.Verdict;
import app.peach.vocabulary.WireValue;

/** The webhook tables, in SQL: subscriptions, the outbox of deliveries, attempts and the last known verdicts. */
@ApplicationScoped
class WebhookRepository {
    private final EntityManager em;

    WebhookRepository(EntityManager em) {
        this.em = em;
    }

    // ---- subscriptions ----------------------------------------------------------------------------------

    void insertSubscription(UUID id, UUID coachId, String url, List<String> events, byte[] sealed, OffsetDateTime at) {
        em.createNativeQuery("""
                INSERT INTO webhook_subscriptions (id, coach_id, url, events, secret_ciphertext, created_at)
                VALUES (?1, ?2, ?3, string_to_array(?4, ','), ?5, ?6)""")
                .setParameter(1, id).setParameter(2, coachId).setParameter(3, url)
                .setParameter(4, String.join(",", events)).setParameter(5, sealed).setParameter(6, at).executeUpdate();
    }

    long countOf(UUID coachId) {
        return ((Number) em.createNativeQuery("SELECT count(*) FROM webhook_subscriptions WHERE coach_id = ?1")
                .setParameter(1, coachId).getSingleResult()).longValue();
    }

    List<Webhook> listOf(UUID coachId) {
        return webhooks(em.createNativeQuery("""
                SELECT id, url, array_to_string(events, ','), created_at FROM webhook_subscriptions
                WHERE coach_id = ?1 ORDER BY created_at, id""").setParameter(1, coachId).getResultList());
    }

    Optional<Webhook> find(UUID coachId, UUID id) {
        return webhooks(em.createNativeQuery("""
                SELECT id, url, array_to_string(events, ','), created_at FROM webhook_subscriptions
                WHERE coach_id = ?1 AND id = ?2""").setParameter(1, coachId).setParameter(2, id).getResultList())
                .stream().findFirst();
    }

    /** Deletes the coach's subscription and, by cascade, its deliveries: pending ones are dropped. */
    boolean delete(UUID coachId, UUID id) {
        return em.createNativeQuery("DELETE FROM webhook_subscriptions WHERE coach_id = ?1 AND id = ?2")
                .setParameter(1, coachId).setParameter(2, id).executeUpdate() > 0;
    }

    /** The event types any of the coach's subscriptions asks for (one indexed read per write that fires an event). */
    Set<String> subscribedTypes(UUID coachId) {
        List<?> rows = em.createNativeQuery("""
                SELECT DISTINCT e FROM webhook_subscriptions s, unnest(s.events) e WHERE s.coach_id = ?1""")
                .setParameter(1, coachId).getResultList();
        Set<String> types = new LinkedHashSet<>();
        rows.forEach(r -> types.add((String) r));
        return types;
    }

    // ---- the outbox -------------------------------------------------------------------------------------

    /** One pending delivery per subscription of the coach that asks for the type; returns how many. */
    int enqueue(UUID coachId, String type, String messageId, String payload, OffsetDateTime at) {
        return em.createNativeQuery("""
                INSERT INTO webhook_deliveries (id, message_id, subscription_id, event_type, payload, status, attempts,
                                                next_attempt_at, created_at)
                SELECT gen_random_uuid(), ?1, s.id, ?2, ?3, 'pending', 0, ?4, ?4 FROM webhook_subscriptions s
                WHERE s.coach_id = ?5 AND ?2 = ANY (s.events)""")
                .setParameter(1, messageId).setParameter(2, type).setParameter(3, payload).setParameter(4, at)
                .setParameter(5, coachId).executeUpdate();
    }

    /** A delivery claimed for one attempt. */
    record Claimed(UUID id, String messageId, UUID subscriptionId, String payload, int attempt, String url,
            byte[] sealedSecret) {
    }

    /**
     * Claims up to {@code limit} due deliveries for this replica: locks them with SKIP LOCKED (rows another
     * replica is claiming at this moment are passed over), counts the attempt, and moves their due time to the
     * end of the claim, so that after this transaction commits no other replica takes them until then.
     */
    List<Claimed> claim(int limit, OffsetDateTime now, OffsetDateTime claimUntil) {
        List<?> rows = em.createNativeQuery("""
                UPDATE webhook_deliveries d SET attempts = d.attempts + 1, next_attempt_at = ?1
                FROM webhook_subscriptions s
                WHERE s.id = d.subscription_id AND d.id IN (
                    SELECT id FROM webhook_deliveries WHERE status = 'pending' AND next_attempt_at <= ?2
                    ORDER BY next_attempt_at LIMIT ?3 FOR UPDATE SKIP LOCKED)
                RETURNING d.id, d.message_id, d.subscription_id, d.payload, d.attempts, s.url, s.secret_ciphertext""")
                .setParameter(1, claimUntil).setParameter(2, now).setParameter(3, limit).getResultList();
        List<Claimed> claimed = new ArrayList<>(rows.size());
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            claimed.add(new Claimed((UUID) r[0], (String) r[1], (UUID) r[2], (String) r[3], ((Number) r[4]).intValue(),
                    (String) r[5], (byte[]) r[6]));
        }
        return claimed;
    }

    /**
     * Records one attempt's result, unless the delivery is gone (its subscription deleted) or was claimed again
     * after this claim lapsed. {@code next} is null for a final status.
     */
    boolean record(UUID deliveryId, int attempt, String status, OffsetDateTime next, OffsetDateTime at, String outcome,
            Integer responseCode, int durationMs, String error) {
        int updated = em.createNativeQuery("""
                UPDATE webhook_deliveries SET status = ?1, next_attempt_at = ?2
                WHERE id = ?3 AND attempts = ?4 AND status = 'pending'""")
                .setParameter(1, status).setParameter(2, next).setParameter(3, deliveryId).setParameter(4, attempt)
                .executeUpdate();
        if (updated == 0) {
            return false;
        }
        em.createNativeQuery("""
                INSERT INTO webhook_attempts (delivery_id, attempt, attempted_at, outcome, response_code, duration_ms, error)
                VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)""")
                .setParameter(1, deliveryId).setParameter(2, attempt).setParameter(3, at).setParameter(4, outcome)
                .setParameter(5, responseCode).setParameter(6, durationMs).setParameter(7, error).executeUpdate();
        return true;
    }

    /** Deletes delivered and failed deliveries recorded before {@code before}. */
    int purge(OffsetDateTime before) {
        return em.createNativeQuery("DELETE FROM webhook_deliveries WHERE status <> 'pending' AND created_at < ?1")
                .setParameter(1, before).executeUpdate();
    }

    // ---- deliveries as the coach reads them ------------------------------------------------------------------

    long deliveryCount(UUID subscriptionId) {
        return ((Number) em.createNativeQuery("SELECT count(*) FROM webhook_deliveries WHERE subscription_id = ?1")
                .setParameter(1, subscriptionId).getSingleResult()).longValue();
    }

    List<Delivery> deliveries(UUID subscriptionId, int page, int size) {
        List<?> rows = em.createNativeQuery("""
                SELECT id, message_id, event_type, status, attempts, created_at, next_attempt_at FROM webhook_deliveries
                WHERE subscription_id = ?1 ORDER BY created_at DESC, id LIMIT ?2 OFFSET ?3""")
                .setParameter(1, subscriptionId).setParameter(2, size).setParameter(3, (long) page * size).getResultList();
        if (rows.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = rows.stream().map(r -> (UUID) ((Object[]) r)[0]).toList();
        Map<UUID, List<Delivery.Attempt>> attempts = new HashMap<>();
        for (Object row : em.createNativeQuery("""
                SELECT delivery_id, attempt, attempted_at, outcome, response_code, duration_ms, error FROM webhook_attempts
                WHERE delivery_id = ANY (string_to_array(?1, ',')::uuid[]) ORDER BY delivery_id, attempt""")
                .setParameter(1, String.join(",", ids.stream().map(UUID::toString).toList())).getResultList()) {
            Object[] a = (Object[]) row;
            attempts.computeIfAbsent((UUID) a[0], k -> new ArrayList<>()).add(new Delivery.Attempt(
                    ((Number) a[1]).intValue(), time(a[2]), (String) a[3],
                    a[4] == null ? null : ((Number) a[4]).intValue(), ((Number) a[5]).intValue(), (String) a[6]));
        }
        List<Delivery> out = new ArrayList<>(rows.size());
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            String status = (String) r[3];
            out.add(new Delivery((UUID) r[0], (String) r[1], (String) r[2], status, ((Number) r[4]).intValue(), time(r[5]),
                    time(r[6]), attempts.getOrDefault((UUID) r[0], List.of())));
        }
        return out;
    }

    // ---- last known verdicts ------------------------------------------------------------------------------

    /**
     * Stores the client's verdict and returns the one it replaces (empty when none was stored). The stored row
     * is locked first, so that of two writes for one client at once, the second sees what the first stored.
     */
    Optional<Verdict> swapVerdict(UUID clientId, Verdict verdict, OffsetDateTime at) {
        List<?> previous = em.createNativeQuery("SELECT verdict FROM client_verdicts WHERE client_id = ?1 FOR UPDATE")
                .setParameter(1, clientId).getResultList();
        em.createNativeQuery("""
                INSERT INTO client_verdicts (client_id, verdict, updated_at) VALUES (?1, ?2, ?3)
                ON CONFLICT (client_id) DO UPDATE SET verdict = EXCLUDED.verdict, updated_at = EXCLUDED.updated_at""")
                .setParameter(1, clientId).setParameter(2, verdict.apiValue()).setParameter(3, at).executeUpdate();
        return previous.isEmpty() ? Optional.empty() : WireValue.parse(Verdict.class, (String) previous.get(0));
    }

    // ---- mapping -----------------------------------------------------------------------------------------

    private static List<Webhook> webhooks(List<?> rows) {
        List<Webhook> out = new ArrayList<>(rows.size());
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            out.add(new Webhook((UUID) r[0], (String) r[1], Arrays.asList(((String) r[2]).split(",")), time(r[3])));
        }
        return out;
    }

    /** A timestamptz as the JDBC driver hands it to a native query, in UTC. */
    static OffsetDateTime time(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof OffsetDateTime o) {
            return o.withOffsetSameInstant(ZoneOffset.UTC);
        }
        if (value instanceof Instant i) {
            return i.atOffset(ZoneOffset.UTC);
        }
        if (value instanceof Timestamp t) {
            return t.toInstant().atOffset(ZoneOffset.UTC);
        }
        throw new IllegalStateException("unexpected timestamp type " + value.getClass().getName());
    }
}
