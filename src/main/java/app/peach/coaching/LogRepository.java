package app.peach.coaching;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/**
 * Weigh-ins and intake logs. A PUT is one {@code INSERT … ON CONFLICT (client_id, log_date) DO UPDATE}: the
 * primary key, not application code, guarantees one row per client and date, even under concurrent PUTs.
 */
@ApplicationScoped
public class LogRepository {
    private final EntityManager em;

    LogRepository(EntityManager em) {
        this.em = em;
    }

    /** Returns true when the row was created, false when it replaced an existing one. */
    public boolean putWeighIn(UUID clientId, LocalDate date, BigDecimal kg) {
        return (Boolean) em.createNativeQuery("""
                INSERT INTO weigh_ins (client_id, log_date, weight_kg) VALUES (?1, ?2, ?3)
                ON CONFLICT (client_id, log_date) DO UPDATE SET weight_kg = EXCLUDED.weight_kg
                RETURNING (xmax = 0)""").setParameter(1, clientId).setParameter(2, date).setParameter(3, kg)
                .getSingleResult();
    }

    public boolean putIntake(UUID clientId, LocalDate date, int kcal, Integer proteinG) {
        return (Boolean) em.createNativeQuery("""
                INSERT INTO intake_logs (client_id, log_date, kcal, protein_g) VALUES (?1, ?2, ?3, ?4)
                ON CONFLICT (client_id, log_date) DO UPDATE SET kcal = EXCLUDED.kcal, protein_g = EXCLUDED.protein_g
                RETURNING (xmax = 0)""").setParameter(1, clientId).setParameter(2, date).setParameter(3, kcal)
                .setParameter(4, proteinG).getSingleResult();
    }

    /** Weigh-ins of these clients between two dates (inclusive), by client and date. */
    public List<DailyLogs.Weight> weightsOf(Collection<UUID> clientIds, LocalDate from, LocalDate to) {
        return weighIns(clientIds, from, to).stream()
                .map(w -> new DailyLogs.Weight(w.id.clientId(), w.id.date(), w.weightKg.doubleValue())).toList();
    }

    /** Intake logs of these clients between two dates (inclusive), by client and date. */
    public List<DailyLogs.Intake> intakesOf(Collection<UUID> clientIds, LocalDate from, LocalDate to) {
        return intakes(clientIds, from, to).stream()
                .map(i -> new DailyLogs.Intake(i.id.clientId(), i.id.date(), i.kcal, i.proteinG)).toList();
    }

    List<WeighIn> weighIns(Collection<UUID> clientIds, LocalDate from, LocalDate to) {
        return em.createQuery("from WeighIn w where w.id.clientId in :ids and w.id.date between :from and :to "
                + "order by w.id.clientId, w.id.date", WeighIn.class)
                .setParameter("ids", clientIds).setParameter("from", from).setParameter("to", to).getResultList();
    }

    List<IntakeLog> intakes(Collection<UUID> clientIds, LocalDate from, LocalDate to) {
        return em.createQuery("from IntakeLog i where i.id.clientId in :ids and i.id.date between :from and :to "
                + "order by i.id.clientId, i.id.date", IntakeLog.class)
                .setParameter("ids", clientIds).setParameter("from", from).setParameter("to", to).getResultList();
    }
}
