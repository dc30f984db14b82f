package app.peach.coaching;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.IntPredicate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import app.peach.vocabulary.ClientEvent;
import app.peach.vocabulary.Conflict;
import app.peach.vocabulary.NotFound;
import app.peach.vocabulary.PreconditionFailed;
import app.peach.vocabulary.PreconditionRequired;

/** A coach's clients: create, read, list, update with optimistic locking, delete (with their logs). */
@ApplicationScoped
public class ClientService {
    private final ClientRepository clients;
    private final LogRepository logs;
    private final Clock clock;
    private final Event<ClientEvent> events;

    ClientService(ClientRepository clients, LogRepository logs, Clock clock, Event<ClientEvent> events) {
        this.clients = clients;
        this.logs = logs;
        this.clock = clock;
        this.events = events;
    }

    @Transactional
    public ClientResponse create(UUID coachId, ClientRequest r) {
        Client c = new Client();
        c.id = UUID.randomUUID();
        c.coachId = coachId;
        apply(c, r);
        c.createdAt = now();
        c.updatedAt = c.createdAt;
        clients.persist(c);
        clients.flush();
        return view(c);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ClientResponse get(UUID coachId, String id) {
        return view(owned(coachId, id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ClientPage list(UUID coachId, int page, int size) {
        return new ClientPage(clients.page(coachId, page, size).stream().map(this::view).toList(), page, size,
                clients.countOf(coachId));
    }

    /**
     * Full update. The caller must say which version it read: {@code ifMatch} (the If-Match header's verdict on
     * the current version, stale: precondition failed) or the body's {@code version} (stale: conflict); with
     * neither, a precondition is required.
     */
    @Transactional
    public ClientResponse update(UUID coachId, String id, ClientRequest r, IntPredicate ifMatch) {
        Client c = owned(coachId, id);
        if (ifMatch != null) {
            if (!ifMatch.test(c.version)) {
                throw new PreconditionFailed( "The client changed since you read it (version " + c.version
                        + "); read it again and repeat the update.");
            }
        } else if (r.version() != null) {
            if (r.version() != c.version) {
                throw new Conflict("The client changed since you read it (version " + c.version
                        + ", you sent " + r.version() + "); read it again and repeat the update.");
            }
        } else {
            throw new PreconditionRequired("Send the version you read, as an If-Match header (the ETag) or as "
                    + "\"version\" in the body, so that a concurrent change is never overwritten.");
        }
        apply(c, r);
        c.updatedAt = now();
        clients.flush();
        // the goal, activity level or height may change what progress makes of the logs
        events.fire(new ClientEvent(ClientEvent.PROGRESS_INPUTS_CHANGED, coachId, c.id, clock.instant(), Map.of()));
        return view(c);
    }

    @Transactional
    public void delete(UUID coachId, String id) {
        Client c = owned(coachId, id);
        clients.delete(c);
    }

    /** The coach's client, read-only for other features; not found when it is another coach's. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ClientProfile profile(UUID coachId, String id) {
        return owned(coachId, id).profile();
    }

    /**
     * The coach's client with its weigh-ins and intake logs between two dates, in one query; not found when it
     * is another coach's.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ClientLogs withLogs(UUID coachId, String id, LocalDate from, LocalDate to) {
        return parse(id).flatMap(uuid -> logs.clientWithLogs(coachId, uuid, from, to))
                .orElseThrow(() -> noSuchClient(id));
    }

    /** Every client of the coach. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ClientProfile> profiles(UUID coachId) {
        return clients.allOf(coachId).stream().map(Client::profile).toList();
    }

    Client owned(UUID coachId, String id) {
        return parse(id).flatMap(uuid -> clients.findOwned(coachId, uuid))
                .orElseThrow(() -> noSuchClient(id));
    }

    /** The 404 for a client id that is not one of this coach's clients (or no id at all). */
    public static NotFound noSuchClient(String id) {
        return new NotFound("No client " + id + ".");
    }

    /** The id as a UUID; empty when it is not one (which answers as an unknown client). */
    public static java.util.Optional<UUID> parse(String id) {
        try {
            return java.util.Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }

    private void apply(Client c, ClientRequest r) {
        Clients.checkAge(r.birthDate(), clock);
        c.heightCm = BigDecimal.valueOf(Clients.heightCm(r));
        c.name = r.name().strip();
        c.sex = r.sex();
        c.birthDate = r.birthDate();
        c.activityLevel = r.activityLevel();
        c.goal = r.goal();
        c.level = r.level();
        c.notes = r.notes();
    }

    ClientResponse view(Client c) {
        return new ClientResponse(c.id, c.name, c.sex, c.birthDate, Clients.age(c.birthDate, clock), c.heightCm.doubleValue(),
                c.activityLevel, c.goal, c.level, c.notes, c.version, c.createdAt, c.updatedAt);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        // Postgres keeps microseconds: what a create returns is what a later read returns
    }
}
