package app.peach.checkins;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One check-in of a client. Written by {@link CheckInRepository}'s statements (the insert that keeps one pending
 * check-in per client, the conditional decision); the targets are the API's JSON, kept as written.
 */
@Entity
@Table(name = "check_ins")
class CheckIn {
    @Id
    UUID id;
    @Column(name = "client_id")
    UUID clientId;
    @Column(name = "check_in_date")
    LocalDate date;
    CheckInStatus status;
    CheckInReason reason;
    @Column(name = "weigh_in_days")
    short weighInDays;
    @Column(name = "intake_days")
    short intakeDays;
    @Column(name = "window_days")
    short windowDays;
    @Column(name = "maintenance_source")
    String maintenanceSource;
    @Column(name = "current_targets")
    String currentTargets;
    @Column(name = "proposed_targets")
    String proposedTargets;
    @Column(name = "change_kcal")
    Integer changeKcal;
    @Column(name = "created_at")
    OffsetDateTime createdAt;
    @Column(name = "decided_at")
    OffsetDateTime decidedAt;
    /** Assigned by the database on insert: the order check-ins were made in, where created_at ties. */
    @Column(name = "seq", insertable = false, updatable = false)
    Long seq;
}
