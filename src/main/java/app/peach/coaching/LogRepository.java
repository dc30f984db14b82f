package app.peach.coaching;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.hibernate.Session;

import app.peach.sql.Rows;
import app.peach.vocabulary.ActivityLevel;
import app.peach.vocabulary.Goal;
import app.peach.vocabulary.Level;
import app.peach.vocabulary.Sex;
import app.peach.vocabulary.WireValue;

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
        return Rows.of(em, "SELECT client_id, log_date, weight_kg FROM weigh_ins" + OF_CLIENTS_BETWEEN,
                rs -> new DailyLogs.Weight(rs.getObject(1, UUID.class), rs.getObject(2, LocalDate.class),
                        rs.getBigDecimal(3).doubleValue()), clientIds, from, to);
    }

    /** Intake logs of these clients between two dates (inclusive), by client and date. */
    public List<DailyLogs.Intake> intakesOf(Collection<UUID> clientIds, LocalDate from, LocalDate to) {
        // protein_g is nullable: getObject keeps SQL NULL as null (wasNull would answer for the last column read)
        return Rows.of(em, "SELECT client_id, log_date, kcal, protein_g FROM intake_logs" + OF_CLIENTS_BETWEEN,
                rs -> new DailyLogs.Intake(rs.getObject(1, UUID.class), rs.getObject(2, LocalDate.class), rs.getInt(3),
                        rs.getObject(4, Integer.class)), clientIds, from, to);
    }

    /** Parameters: the client ids, from, to. */
    private static final String OF_CLIENTS_BETWEEN =
            " WHERE client_id = ANY (?) AND log_date BETWEEN ? AND ? ORDER BY client_id, log_date";

    /**
     * The coach's client with its weigh-ins and intake logs between two dates (inclusive), in one round trip:
     * the client row, only if it is this coach's, joined with both logs. Empty for another coach's client.
     * Plain JDBC on the session's connection: a read-only projection needs none of the ORM's result mapping.
     */
    public Optional<ClientLogs> clientWithLogs(UUID coachId, UUID clientId, LocalDate from, LocalDate to) {
        return em.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement query = connection.prepareStatement(CLIENT_WITH_LOGS)) {
                query.setObject(1, from);
                query.setObject(2, to);
                query.setObject(3, from);
                query.setObject(4, to);
                query.setObject(5, clientId);
                query.setObject(6, coachId);
                try (ResultSet rs = query.executeQuery()) {
                    return rs.next() ? Optional.of(clientWithLogs(rs, coachId, clientId)) : Optional.<ClientLogs>empty();
                }
            }
        });
    }

    /** Parameters: from, to (weigh-ins), from, to (intake), client id, coach id. */
    private static final String CLIENT_WITH_LOGS = """
            SELECT c.name, c.sex, c.birth_date, c.height_cm, c.activity_level, c.goal, c.level,
                   l.kind, l.log_date, l.amount, l.protein_g
            FROM clients c
            LEFT JOIN LATERAL (
                SELECT 'w' AS kind, w.log_date, w.weight_kg AS amount, NULL::integer AS protein_g
                FROM weigh_ins w WHERE w.client_id = c.id AND w.log_date BETWEEN ? AND ?
                UNION ALL
                SELECT 'i', i.log_date, i.kcal, i.protein_g
                FROM intake_logs i WHERE i.client_id = c.id AND i.log_date BETWEEN ? AND ?
            ) l ON true
            WHERE c.id = ? AND c.coach_id = ?
            ORDER BY l.log_date""";

    /** Reads the rows of {@link #CLIENT_WITH_LOGS}, the cursor on the first: the client, then one log a row. */
    private static ClientLogs clientWithLogs(ResultSet rs, UUID coachId, UUID clientId) throws SQLException {
        String level = rs.getString(7);
        ClientProfile profile = new ClientProfile(clientId, coachId, rs.getString(1), wire(Sex.class, rs.getString(2)),
                rs.getObject(3, LocalDate.class), rs.getBigDecimal(4).doubleValue(), wire(ActivityLevel.class, rs.getString(5)),
                wire(Goal.class, rs.getString(6)), level == null ? null : wire(Level.class, level));
        List<DailyLogs.Weight> weights = new ArrayList<>();
        List<DailyLogs.Intake> intakes = new ArrayList<>();
        do {
            String kind = rs.getString(8);
            if ("w".equals(kind)) {
                weights.add(new DailyLogs.Weight(clientId, rs.getObject(9, LocalDate.class), rs.getBigDecimal(10).doubleValue()));
            } else if ("i".equals(kind)) {
                intakes.add(new DailyLogs.Intake(clientId, rs.getObject(9, LocalDate.class), rs.getBigDecimal(10).intValueExact(),
                        rs.getObject(11, Integer.class)));
            }
        } while (rs.next());
        return new ClientLogs(profile, weights, intakes);
    }

    private static <E extends Enum<E> & WireValue> E wire(Class<E> type, String value) {
        return WireValue.parse(type, value)
                .orElseThrow(() -> new IllegalStateException("unknown " + type.getSimpleName() + " in database: " + value));
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
