package app.peach.idempotency;

import java.lang.annotation.Annotation;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import app.peach.vocabulary.Conflict;
import app.peach.vocabulary.InvalidInput;
import app.peach.web.Problems;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;

/**
 * The {@link Idempotent} mechanism. Without an {@code Idempotency-Key} header (or without an API key to scope it to)
 * the method runs as usual. With one,
 * in one transaction: an unexpired answer stored under the caller's key is replayed (same request) or refused
 * with 422 (different request); otherwise the method runs (its service joins this transaction) and a 2xx answer
 * is stored with it, so the key and what it created commit together or not at all. Errors are not stored: a
 * request that failed can be repeated with the same key.
 * <p>
 * Two concurrent requests with the same key: the table's primary key decides. The second one's insert waits for
 * the first transaction; when the first commits, the second rolls its own work back and replays the first answer;
 * when the first rolls back, the second is stored. A first request still running after the statement timeout
 * (5 s) makes the second a 409 problem, to be retried.
 */
@Idempotent
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class IdempotencyInterceptor {
    private static final Logger LOG = Logger.getLogger(IdempotencyInterceptor.class);
    static final Duration LIFETIME = Duration.ofHours(24);
    static final int MAX_KEY_LENGTH = 255;
    private static final String BEARER = "Bearer ";
    /** PostgreSQL's SQLSTATE for a statement cancelled by statement_timeout. */
    private static final String QUERY_CANCELED = "57014";
    private static final String STILL_PROCESSING = "A request with this Idempotency-Key is still being processed; retry in a moment.";
    @Inject
    IdempotencyStore store;
    @Inject
    HttpServerRequest http;
    @Inject
    SecurityIdentity identity;
    @Inject
    ObjectMapper json;
    @Inject
    Clock clock;

    @AroundInvoke
    Object around(InvocationContext invocation) throws Exception {
        String key = http.getHeader(Idempotent.HEADER);
        String apiKey = bearerKey();
        if (key == null || apiKey == null) {
            return invocation.proceed();
        }
        if (key.isEmpty() || key.length() > MAX_KEY_LENGTH) {
            throw new InvalidInput(Idempotent.HEADER, "must be 1 to " + MAX_KEY_LENGTH + " characters");
        }
        String scope = identity.getPrincipal().getName();
        StoredBodies bodies = StoredBodies.of(apiKey);
        String requestHash = fingerprint(invocation);
        Instant now = clock.instant();
        QuarkusTransaction.begin();
        try {
            Optional<IdempotencyStore.Stored> earlier = store.find(scope, key, now, bodies);
            if (earlier.isPresent()) {
                QuarkusTransaction.rollback();
                return replay(earlier.get(), requestHash);
            }
            Object result = invocation.proceed();
            if (!(result instanceof Response first)) {
                throw new IllegalStateException("@Idempotent methods return a Response: " + invocation.getMethod());
            }
            if (first.getStatus() / 100 != 2) {
                QuarkusTransaction.rollback();
                return first;
            }
            StoredResponse answer = StoredResponse.of(first, json);
            if (!stored(scope, key, requestHash, answer, now, bodies)) {
                QuarkusTransaction.rollback();
                return replay(concurrentAnswer(scope, key, now, bodies), requestHash);
            }
            QuarkusTransaction.commit();
            return answer.toResponse(false);
        } finally {
            if (QuarkusTransaction.isActive()) {
                QuarkusTransaction.rollback();
            }
        }
    }

    /** Stores the answer; a concurrent request holding the key past the statement timeout is a 409. */
    private boolean stored(String scope, String key, String requestHash, StoredResponse answer, Instant now,
            StoredBodies bodies) {
        try {
            return store.store(scope, key, requestHash, answer, now, now.plus(LIFETIME), bodies);
        } catch (PersistenceException e) {
            if (!timedOut(e)) {
                throw e;
            }
            LOG.debug("Idempotency key held by a concurrent request past the statement timeout");
            throw new Conflict(STILL_PROCESSING);
        }
    }

    private static boolean timedOut(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && QUERY_CANCELED.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private IdempotencyStore.Stored concurrentAnswer(String scope, String key, Instant now, StoredBodies bodies) {
        return QuarkusTransaction.requiringNew().call(() -> store.find(scope, key, now, bodies)).orElseThrow(
                () -> new Conflict(STILL_PROCESSING));
    }

    /** The caller's API key; keys are only for callers with one (every creating operation needs one). */
    private String bearerKey() {
        String header = http.getHeader("Authorization");
        boolean bearer = header != null && header.length() > BEARER.length() && header.regionMatches(true, 0, BEARER, 0, BEARER.length());
        return bearer && !identity.isAnonymous() ? header.substring(BEARER.length()).trim() : null;
    }

    private static Object replay(IdempotencyStore.Stored earlier, String requestHash) {
        if (!earlier.requestHash().equals(requestHash)) {
            return Problems.response(Problems.of(422,
                    "This Idempotency-Key was used with a different request; send a new key for a new request."))
                    .toResponse();
        }
        if (earlier.response() == null) {
            return Problems.response(Problems.of(422, "This Idempotency-Key was used by a request made with another "
                    + "API key, whose answer only that key can read; send a new Idempotency-Key.")).toResponse();
        }
        return earlier.response().toResponse(true);
    }

    /**
     * The request as the method sees it: method, path, and its arguments (the parsed body among them) as JSON, so
     * that the same JSON sent with other spacing is the same request. {@code @Context} arguments are not the request.
     */
    private String fingerprint(InvocationContext invocation) throws Exception {
        Annotation[][] annotations = invocation.getMethod().getParameterAnnotations();
        Object[] parameters = invocation.getParameters();
        List<Object> arguments = new ArrayList<>();
        for (int i = 0; i < parameters.length; i++) {
            if (Arrays.stream(annotations[i]).noneMatch(a -> a.annotationType() == Context.class)) {
                arguments.add(parameters[i]);
            }
        }
        MessageDigest sha = sha256();
        sha.update((http.method().name() + " " + http.path() + "\n").getBytes(StandardCharsets.UTF_8));
        sha.update(json.writeValueAsBytes(arguments));
        return HexFormat.of().formatHex(sha.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
