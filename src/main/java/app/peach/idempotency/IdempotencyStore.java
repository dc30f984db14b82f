package app.peach.idempotency;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The {@code idempotency_keys} table (migration V8). Every method joins the caller's transaction: the interceptor
 * holds one transaction around the lookup, the resource's work and the insert, so that a key is stored exactly
 * when what it created is.
 */
@ApplicationScoped
class IdempotencyStore {
    /** Expired keys removed by each store, so that the table never holds much more than a day of keys. */
    static final int PURGE_BATCH = 100;
    private final EntityManager em;
    private final ObjectMapper json;

    IdempotencyStore(EntityManager em, ObjectMapper json) {
        this.em = em;
        this.json = json;
    }

    /** A stored answer; {@code response} is null when it was sealed under another API key and cannot be read. */
    record Stored(String requestHash, StoredResponse response) {
    }

    /** The unexpired answer stored under this caller's key, opened with the caller's cipher. */
    Optional<Stored> find(String scope, String key, Instant now, StoredBodies bodies) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT request_hash, status, headers, body FROM idempotency_keys "
                + "WHERE scope = ?1 AND idempotency_key = ?2 AND expires_at > ?3")
                .setParameter(1, scope).setParameter(2, key).setParameter(3, at(now)).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] row = rows.get(0);
        byte[] body;
        try {
            body = bodies.open((byte[]) row[3], scope, key);
        } catch (IllegalStateException e) {
            // sealed under another API key of the same caller (the admin key was changed since): the key is
            // taken, but its answer cannot be given back
            return Optional.of(new Stored((String) row[0], null));
        }
        try {
            return Optional.of(new Stored((String) row[0],
                    StoredResponse.read(((Number) row[1]).intValue(), (String) row[2], body, json)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable stored headers", e);
        }
    }

    /**
     * Stores the answer under the key, replacing an expired one. False when an unexpired answer is already there:
     * a concurrent request with the same key committed first (this insert waited for it).
     */
    boolean store(String scope, String key, String requestHash, StoredResponse response, Instant now, Instant expires,
            StoredBodies bodies) {
        purgeExpired(now);
        try {
            int inserted = em.createNativeQuery("INSERT INTO idempotency_keys "
                    + "(scope, idempotency_key, request_hash, status, headers, body, created_at, expires_at) "
                    + "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) ON CONFLICT (scope, idempotency_key) DO UPDATE SET "
                    + "request_hash = EXCLUDED.request_hash, status = EXCLUDED.status, headers = EXCLUDED.headers, "
                    + "body = EXCLUDED.body, created_at = EXCLUDED.created_at, expires_at = EXCLUDED.expires_at "
                    + "WHERE idempotency_keys.expires_at <= EXCLUDED.created_at")
                    .setParameter(1, scope).setParameter(2, key).setParameter(3, requestHash)
                    .setParameter(4, (short) response.status()).setParameter(5, response.headersJson(json))
                    .setParameter(6, bodies.seal(response.body(), scope, key)).setParameter(7, at(now)).setParameter(8, at(expires))
                    .executeUpdate();
            return inserted == 1;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Lazy expiry: a batch of expired keys, skipping rows another transaction holds. */
    private void purgeExpired(Instant now) {
        em.createNativeQuery("DELETE FROM idempotency_keys WHERE ctid IN (SELECT ctid FROM idempotency_keys "
                + "WHERE expires_at <= ?1 LIMIT " + PURGE_BATCH + " FOR UPDATE SKIP LOCKED)")
                .setParameter(1, at(now)).executeUpdate();
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
