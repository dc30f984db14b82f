package app.peach.measurements;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import app.peach.sql.Rows;

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
        for (Row r : rows(clientIds, from, to)) {
            out.computeIfAbsent(r.clientId(), k -> new ArrayList<>()).add(r.taken());
        }
        return out;
    }

    /** One client's measurements between two dates (inclusive), in date order. */
    List<MeasurementCalculator.Taken> taken(UUID clientId, LocalDate from, LocalDate to) {
        return rows(List.of(clientId), from, to).stream().map(Row::taken).toList();
    }

    private record Row(UUID clientId, MeasurementCalculator.Taken taken) {
    }

    /** Plain JDBC ({@link Rows}): progress asks on every call (the HQL was 70 % of a progress request's time). */
    private List<Row> rows(Collection<UUID> clientIds, LocalDate from, LocalDate to) {
        return Rows.of(em, """
                SELECT client_id, log_date, waist_cm, hip_cm, thigh_cm, neck_cm, body_fat_percent FROM measurements
                WHERE client_id = ANY (?) AND log_date BETWEEN ? AND ? ORDER BY client_id, log_date""",
                rs -> new Row(rs.getObject(1, UUID.class), new MeasurementCalculator.Taken(rs.getObject(2, LocalDate.class),
                        number(rs, 3), number(rs, 4), number(rs, 5), number(rs, 6), number(rs, 7))), clientIds, from, to);
    }

    private static Double number(ResultSet rs, int column) throws SQLException {
        BigDecimal v = rs.getBigDecimal(column);
        return v == null ? null : v.doubleValue();
    }
}
