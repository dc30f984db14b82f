package app.peach.progress;

import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import app.peach.coaching.ClientService;
import app.peach.sql.EventLoopDatabase;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.Tuple;

/**
 * Progress answers as JSON, each kept in this replica under (client, the client's {@code progress_version},
 * day). The database moves that version in every transaction that changes an input of progress (migration
 * V12), whichever replica made it, so a call costs one primary-key read on the event loop when the answer is
 * kept, and the full computation on a worker thread when it is not; it never serves an answer older than the
 * data it has just read the version of. The day is in the key because the windows ("the last 28 days") and
 * the client's age follow the clock. That read also decides ownership: another coach's client is a 404.
 */
@ApplicationScoped
public class ProgressAnswers {
    private static final String VERSION = "SELECT progress_version FROM clients WHERE id = $1 AND coach_id = $2";
    /** A few KB each: enough for the clients a replica's coaches look at in a while, bounded in memory. */
    private static final int KEPT_ANSWERS = 2_000;
    private final ProgressService progress;
    private final EventLoopDatabase database;
    private final ObjectMapper json;
    private final Clock clock;
    // bookkeeping on the caller's thread, not a wake-up of a common-pool thread (see web.SharedBuckets)
    private final Cache<Key, byte[]> kept = Caffeine.newBuilder().executor(Runnable::run).maximumSize(KEPT_ANSWERS)
            .expireAfterAccess(Duration.ofHours(1)).build();

    ProgressAnswers(ProgressService progress, EventLoopDatabase database, ObjectMapper json, Clock clock) {
        this.progress = progress;
        this.database = database;
        this.json = json;
        this.clock = clock;
    }

    private record Key(UUID client, long version, LocalDate day) {
    }

    /** The client's progress as the JSON body of the answer; fails with the 404 of an unknown client for another coach's. */
    public Uni<byte[]> of(UUID coachId, String clientId) {
        UUID client = ClientService.parse(clientId).orElse(null);
        Pool pool = database.pool().orElse(null);
        if (client == null) {
            return Uni.createFrom().failure(ClientService.noSuchClient(clientId));
        }
        if (pool == null) {
            return computed(coachId, clientId);
        }
        LocalDate today = LocalDate.now(clock);
        return Uni.createFrom().completionStage(() -> pool.preparedQuery(VERSION)
                        .execute(Tuple.of(client, coachId)).toCompletionStage())
                .onFailure().recoverWithNull() // the database did not answer: the blocking path says so as every call does
                .onItem().transformToUni(rows -> rows == null ? computed(coachId, clientId) : kept(rows, client, coachId, clientId, today));
    }

    private Uni<byte[]> kept(RowSet<Row> rows, UUID client, UUID coachId, String clientId, LocalDate today) {
        if (rows.size() == 0) {
            return Uni.createFrom().failure(ClientService.noSuchClient(clientId));
        }
        Key key = new Key(client, rows.iterator().next().getLong(0), today);
        byte[] answer = kept.getIfPresent(key);
        // computed after the version was read, so it holds at least what that version stands for
        return answer != null ? Uni.createFrom().item(answer) : computed(coachId, clientId).invoke(body -> kept.put(key, body));
    }

    /** Computed from the logs by JDBC, on a worker thread: never on the event loop. */
    private Uni<byte[]> computed(UUID coachId, String clientId) {
        return Uni.createFrom().item(() -> body(coachId, clientId)).runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }

    @ActivateRequestContext // the Hibernate session of a read outside a transaction lives in the request context
    byte[] body(UUID coachId, String clientId) {
        try {
            return json.writeValueAsBytes(progress.progress(coachId, clientId));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
