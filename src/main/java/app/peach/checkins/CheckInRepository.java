package app.peach.checkins;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/**
 * Check-ins. The database decides the races: an insert of a pending check-in does nothing when the client
 * already has one (the partial unique index {@code check_ins_one_pending}), and a decision is an
 * {@code UPDATE … WHERE status = 'pending'} that only one of two concurrent requests can make.
 */
@ApplicationScoped
class CheckInRepository {
    private final EntityManager em;

    CheckInRepository(EntityManager em) {
        this.em = em;
    }

    /** False when the client already has a pending check-in (nothing is written then). */
    boolean insert(CheckIn c) {
        int rows = em.createNativeQuery("""
                INSERT INTO check_ins (id, client_id, check_in_date, status, reason, weigh_in_days, intake_days,
                    window_days, maintenance_source, current_targets, proposed_targets, change_kcal, created_at)
                VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, CAST(?9 AS TEXT), CAST(?10 AS TEXT), CAST(?11 AS TEXT),
                    CAST(?12 AS INTEGER), ?13)
                ON CONFLICT (client_id) WHERE status = 'pending' DO NOTHING""")
                .setParameter(1, c.id).setParameter(2, c.clientId).setParameter(3, c.date)
                .setParameter(4, c.status.apiValue()).setParameter(5, c.reason.apiValue())
                .setParameter(6, c.weighInDays).setParameter(7, c.intakeDays).setParameter(8, c.windowDays)
                .setParameter(9, c.maintenanceSource).setParameter(10, c.currentTargets)
                .setParameter(11, c.proposedTargets).setParameter(12, c.changeKcal).setParameter(13, c.createdAt)
                .executeUpdate();
        return rows == 1;
    }

    /** Moves a pending check-in of the client to {@code decision}; false when it was not pending (or not there). */
    boolean decide(UUID id, UUID clientId, CheckInStatus decision, OffsetDateTime at) {
        return em.createQuery("update CheckIn c set c.status = :decision, c.decidedAt = :at "
                + "where c.id = :id and c.clientId = :client and c.status = :pending")
                .setParameter("decision", decision).setParameter("at", at).setParameter("id", id)
                .setParameter("client", clientId).setParameter("pending", CheckInStatus.PENDING).executeUpdate() == 1;
    }

    Optional<CheckIn> find(UUID id, UUID clientId) {
        return em.createQuery("from CheckIn c where c.id = :id and c.clientId = :client", CheckIn.class)
                .setParameter("id", id).setParameter("client", clientId).getResultStream().findFirst();
    }

    /** Newest first. */
    List<CheckIn> of(UUID clientId) {
        return em.createQuery("from CheckIn c where c.clientId = :client order by c.createdAt desc, c.seq desc", CheckIn.class)
                .setParameter("client", clientId).getResultList();
    }

    Optional<CheckIn> pending(UUID clientId) {
        return em.createQuery("from CheckIn c where c.clientId = :client and c.status = :pending", CheckIn.class)
                .setParameter("client", clientId).setParameter("pending", CheckInStatus.PENDING).getResultStream()
                .findFirst();
    }

    /** The most recently approved check-in: its targets are the client's. */
    Optional<CheckIn> approved(UUID clientId) {
        return em.createQuery("from CheckIn c where c.clientId = :client and c.status = :approved "
                + "order by c.decidedAt desc, c.createdAt desc, c.seq desc", CheckIn.class)
                .setParameter("client", clientId).setParameter("approved", CheckInStatus.APPROVED).setMaxResults(1)
                .getResultStream().findFirst();
    }

    /** Pending check-ins of these clients (at most one each). */
    List<CheckIn> pendingOf(Collection<UUID> clientIds) {
        return em.createQuery("from CheckIn c where c.clientId in :ids and c.status = :pending", CheckIn.class)
                .setParameter("ids", clientIds).setParameter("pending", CheckInStatus.PENDING).getResultList();
    }

    /** When each of these clients last had a check-in approved: rows of (client id, decided at). */
    List<Object[]> lastApprovalsOf(Collection<UUID> clientIds) {
        return em.createQuery("select c.clientId, max(c.decidedAt) from CheckIn c where c.clientId in :ids "
                + "and c.status = :approved group by c.clientId", Object[].class)
                .setParameter("ids", clientIds).setParameter("approved", CheckInStatus.APPROVED).getResultList();
    }
}
