package app.peach.webhooks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
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

import org.hibernate.Session;

import javax.sql.DataSource;

import app.peach.sql.Rows;
import app.peach.vocabulary.Verdict;
import app.peach.vocabulary.WireValue;

/** The webhook tables, in SQL: subscriptions, the outbox of deliveries, attempts and the last known verdicts. */
@ApplicationScoped
class WebhookRepository {
    private final EntityManager em;
    /**
     * The dispatcher's two statements (claim a batch, record a batch) run on plain connections outside any
     * request: each is one statement and its own transaction, with no ORM session or transaction manager to set
     * up for every batch.
     */
    private final DataSource dataSource;

    WebhookRepository(EntityManager em, DataSource dataSource) {
        this.em = em;
        this.dataSource = dataSource;
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

    /** What an event did to the outbox: the types the coach's subscriptions ask for, and the deliveries added. */
    record Enqueued(Set<String> subscribedTypes, int deliveries) {
    }

    /**
     * One pending delivery per subscription of the coach that asks for the type (none when {@code payload} is
     * null: an event that is never delivered), and every type the coach's subscriptions ask for, in one statement:
     * a write that fires an event pays one round trip for the outbox, with or without subscriptions. Plain JDBC on
     * the write's own connection, so the rows commit or roll back with the write.
     */
    Enqueued enqueue(UUID coachId, String type, String messageId, String payload, OffsetDateTime at) {
        return em.unwrap(Session.class).doReturningWork(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    WITH subscribed AS (SELECT id, events FROM webhook_subscriptions WHERE coach_id = ?),
                         added AS (INSERT INTO webhook_deliveries (id, message_id, subscription_id, event_type, payload,
                                                                   status, attempts, next_attempt_at, created_at)
                                   SELECT gen_random_uuid(), ?, s.id, ?, ?::text, 'pending', 0, ?, ? FROM subscribed s
                                   WHERE ?::text IS NOT NULL AND ? = ANY (s.events)
                                   RETURNING 1)
                    SELECT DISTINCT e, (SELECT count(*) FROM added) FROM subscribed, unnest(subscribed.events) e""")) {
                Rows.bind(c, ps, coachId, messageId, type, payload, at, at, payload, type);
                Set<String> types = new LinkedHashSet<>();
                int added = 0;
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        types.add(rs.getString(1));
                        added = rs.getInt(2);
                    }
                }
                return new Enqueued(types, added);
            }
        });
    }

    /** A delivery claimed for one attempt. */
    record Claimed(UUID id, String messageId, UUID subscriptionId, String payload, int attempt, String url,
            byte[] sealedSecret) {
    }

    /**
     * Claims up to {@code limit} due deliveries for this replica, in one statement that is its own transaction:
     * locks them with SKIP LOCKED (rows another replica is claiming at this moment are passed over), counts the
     * attempt, and moves their due time to the end of the claim, so that no other replica takes them until then.
     * Deliveries whose subscription is gone are never claimed.
     */
    List<Claimed> claim(int limit, OffsetDateTime now, OffsetDateTime claimUntil) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement("""
                UPDATE webhook_deliveries d SET attempts = d.attempts + 1, next_attempt_at = ?
                FROM webhook_subscriptions s
                WHERE s.id = d.subscription_id AND d.id IN (
                    SELECT id FROM webhook_deliveries WHERE status = 'pending' AND next_attempt_at <= ?
                    ORDER BY next_attempt_at LIMIT ? FOR UPDATE SKIP LOCKED)
                RETURNING d.id, d.message_id, d.subscription_id, d.payload, d.attempts, s.url, s.secret_ciphertext""")) {
            Rows.bind(c, ps, claimUntil, now, limit);
            List<Claimed> claimed = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    claimed.add(new Claimed(rs.getObject(1, UUID.class), rs.getString(2), rs.getObject(3, UUID.class),
                            rs.getString(4), rs.getInt(5), rs.getString(6), rs.getBytes(7)));
                }
            }
            return claimed;
        } catch (SQLException e) {
            throw new IllegalStateException("claiming webhook deliveries failed: " + e.getMessage(), e);
        }
    }

    /** One attempt's result: the delivery's next status ({@code next} is null for a final one) and the attempt. */
    record Result(UUID deliveryId, int attempt, String status, OffsetDateTime next, OffsetDateTime at, String outcome,
            Integer responseCode, int durationMs, String error) {
    }

    /**
     * Records the results of many attempts in one statement, its own transaction: each delivery gets its status
     * and its attempt row, unless it is gone (its subscription deleted) or was claimed again after this claim
     * lapsed (its attempt count moved on). Returns how many were recorded.
     */
    int record(List<Result> results) {
        int n = results.size();
        Object[] ids = new Object[n];
        Object[] attempts = new Object[n];
        Object[] statuses = new Object[n];
        Object[] nexts = new Object[n];
        Object[] ats = new Object[n];
        Object[] outcomes = new Object[n];
        Object[] codes = new Object[n];
        Object[] durations = new Object[n];
        Object[] errors = new Object[n];
        for (int i = 0; i < n; i++) {
            Result r = results.get(i);
            ids[i] = r.deliveryId();
            attempts[i] = r.attempt();
            statuses[i] = r.status();
            nexts[i] = r.next() == null ? null : r.next().toString();
            ats[i] = r.at().toString();
            outcomes[i] = r.outcome();
            codes[i] = r.responseCode();
            durations[i] = r.durationMs();
            errors[i] = r.error();
        }
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement("""
                WITH r (id, attempt, status, next_at, at, outcome, code, duration, error) AS (
                    SELECT * FROM unnest(?::uuid[], ?::int[], ?::text[], ?::text[]::timestamptz[], ?::text[]::timestamptz[],
                                         ?::text[], ?::int[], ?::int[], ?::text[])),
                u AS (
                    UPDATE webhook_deliveries d SET status = r.status, next_attempt_at = r.next_at FROM r
                    WHERE d.id = ANY (?::uuid[]) AND d.id = r.id AND d.attempts = r.attempt AND d.status = 'pending'
                    RETURNING d.id, d.attempts)
                INSERT INTO webhook_attempts (delivery_id, attempt, attempted_at, outcome, response_code, duration_ms, error)
                SELECT r.id, r.attempt, r.at, r.outcome, r.code, r.duration, r.error
                FROM r JOIN u ON u.id = r.id AND u.attempts = r.attempt""")) {
            ps.setArray(1, c.createArrayOf("uuid", ids));
            ps.setArray(2, c.createArrayOf("int4", attempts));
            ps.setArray(3, c.createArrayOf("text", statuses));
            ps.setArray(4, c.createArrayOf("text", nexts));
            ps.setArray(5, c.createArrayOf("text", ats));
            ps.setArray(6, c.createArrayOf("text", outcomes));
            ps.setArray(7, c.createArrayOf("int4", codes));
            ps.setArray(8, c.createArrayOf("int4", durations));
            ps.setArray(9, c.createArrayOf("text", errors));
            // the ids again, as the update's own condition: joined only to the unnested rows (which the planner
            // guesses at 100), it read the whole outbox instead of looking the ids up by primary key
            ps.setArray(10, c.createArrayOf("uuid", ids));
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("recording webhook attempts failed: " + e.getMessage(), e);
        }
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
