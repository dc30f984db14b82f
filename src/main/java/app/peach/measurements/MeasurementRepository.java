package app.peach.measurements;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/**
 * Measurements by client and date. A PUT is one {@code INSERT … ON CONFLICT (client_id, log_date) DO UPDATE}:
 * the primary key keeps one row per client and date, even under concurrent PUTs.
 */
@ApplicationScoped
public class MeasurementRepository {
    private final EntityManager em;

    MeasurementRepository(EntityManager em) {
        this.em = em;
    }

    /**
     * Replaces the whole row of that date (a figure not sent is cleared); true when the row is new. Figures may
     * be null: the casts give the server their type.
     */
    boolean put(UUID clientId, LocalDate date, BigDecimal waist, BigDecimal hip, BigDecimal thigh, BigDecimal neck,
            BigDecimal bodyFat) {
        return (Boolean) em.createNativeQuery("""
                INSERT INTO measurements (client_id, log_date, waist_cm, hip_cm, thigh_cm, neck_cm, body_fat_percent)
                VALUES (?1, ?2, CAST(?3 AS NUMERIC), CAST(?4 AS NUMERIC), CAST(?5 AS NUMERIC), CAST(?6 AS NUMERIC),
                    CAST(?7 AS NUMERIC))
                ON CONFLICT (client_id, log_date) DO UPDATE SET waist_cm = EXCLUDED.waist_cm, hip_cm = EXCLUDED.hip_cm,
                    thigh_cm = EXCLUDED.thigh_cm, neck_cm = EXCLUDED.neck_cm, body_fat_percent = EXCLUDED.body_fat_percent
                RETURNING (xmax = 0)""").setParameter(1, clientId).setParameter(2, date)
                .setParameter(3, waist).setParameter(4, hip).setParameter(5, thigh).setParameter(6, neck)
                .setParameter(7, bodyFat).getSingleResult();
    }

    /** Measurements of these clients between two dates (inclusive), each client's in date order. */
    public Map<UUID, List<MeasurementCalculator.Taken>> takenOf(Collection<UUID> clientIds, LocalDate from, LocalDate to) {
        Map<UUID, List<MeasurementCalculator.Taken>> out = new HashMap<>();
        for (Measurement m : list(clientIds, from, to)) {
            out.computeIfAbsent(m.id.clientId(), k -> new ArrayList<>()).add(m.taken());
        }
        return out;
    }

    List<Measurement> list(Collection<UUID> clientIds, LocalDate from, LocalDate to) {
        return em.createQuery("from Measurement m where m.id.clientId in :ids and m.id.date between :from and :to "
                + "order by m.id.clientId, m.id.date", Measurement.class)
                .setParameter("ids", clientIds).setParameter("from", from).setParameter("to", to).getResultList();
    }
}
