package app.peach.training;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.hibernate.Session;

import app.peach.training.rules.LoggedSet;

/**
 * Workouts, their exercises and sets (migration V5), in plain SQL on the transaction's connection: a workout is
 * written as one upsert of its key row (the primary key keeps one workout per client and date, even under
 * concurrent PUTs: the second waits for the first's row lock) and two batches of child rows, and read back with
 * one join, in date, exercise and set order.
 */
@ApplicationScoped
public class WorkoutRepository {
    private final EntityManager em;

    WorkoutRepository(EntityManager em) {
        this.em = em;
    }

    /** One exercise of one workout, as stored: slug, the resolved rep range, the sets in order. */
    public record Logged(LocalDate date, String slug, Integer repsMin, Integer repsMax, List<LoggedSet> sets) {
    }

    /** One exercise of one workout, counted: sets logged, sets with reps ≥ 1, reps in all. */
    public record DayExercise(LocalDate date, String slug, int sets, int workingSets, int reps) {
    }

    /** Clients' recent training: each one's last workout date (any date), and the exercises of a period, counted. */
    public record Recent(Map<UUID, LocalDate> lastWorkout, Map<UUID, List<DayExercise>> done) {
    }

    /** Stores the workout, replacing the one of that date; true when the date was new. */
    public boolean put(UUID clientId, LocalDate date, String notes, List<Logged> exercises) {
        return work(c -> {
            boolean created;
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO workouts (client_id, workout_date, notes) VALUES (?, ?, ?)
                    ON CONFLICT (client_id, workout_date) DO UPDATE SET notes = EXCLUDED.notes
                    RETURNING (xmax = 0)""")) {
                ps.setObject(1, clientId);
                ps.setObject(2, date);
                ps.setString(3, notes);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    created = rs.getBoolean(1);
                }
            }
            if (!created) {
                try (PreparedStatement ps = c.prepareStatement(
                        "DELETE FROM workout_exercises WHERE client_id = ? AND workout_date = ?")) {
                    ps.setObject(1, clientId);
                    ps.setObject(2, date);
                    ps.executeUpdate();
                }
            }
            try (PreparedStatement ex = c.prepareStatement("INSERT INTO workout_exercises "
                    + "(client_id, workout_date, position, slug, reps_min, reps_max) VALUES (?, ?, ?, ?, ?, ?)");
                    PreparedStatement set = c.prepareStatement("INSERT INTO workout_sets "
                            + "(client_id, workout_date, exercise, position, reps, load_kg, rir) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                for (int e = 0; e < exercises.size(); e++) {
                    Logged l = exercises.get(e);
                    ex.setObject(1, clientId);
                    ex.setObject(2, date);
                    ex.setInt(3, e);
                    ex.setString(4, l.slug());
                    setInteger(ex, 5, l.repsMin());
                    setInteger(ex, 6, l.repsMax());
                    ex.addBatch();
                    for (int s = 0; s < l.sets().size(); s++) {
                        LoggedSet done = l.sets().get(s);
                        set.setObject(1, clientId);
                        set.setObject(2, date);
                        set.setInt(3, e);
                        set.setInt(4, s);
                        set.setInt(5, done.reps());
                        set.setBigDecimal(6, done.loadKg());
                        setInteger(set, 7, done.rir());
                        set.addBatch();
                    }
                }
                ex.executeBatch();
                set.executeBatch();
            }
            return created;
        });
    }

    /** Deletes the workout of that date with its exercises and sets; false when there was none. */
    public boolean delete(UUID clientId, LocalDate date) {
        return work(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM workouts WHERE client_id = ? AND workout_date = ?")) {
                ps.setObject(1, clientId);
                ps.setObject(2, date);
                return ps.executeUpdate() > 0;
            }
        });
    }

    /** The dates of the client's workouts between two dates (inclusive) with their notes, in date order. */
    public Map<LocalDate, String> workouts(UUID clientId, LocalDate from, LocalDate to) {
        return work(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT workout_date, notes FROM workouts "
                    + "WHERE client_id = ? AND workout_date BETWEEN ? AND ? ORDER BY workout_date")) {
                ps.setObject(1, clientId);
                ps.setObject(2, from);
                ps.setObject(3, to);
                Map<LocalDate, String> out = new LinkedHashMap<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.put(rs.getObject(1, LocalDate.class), rs.getString(2));
                    }
                }
                return out;
            }
        });
    }

    /** The exercises of the client's workouts between two dates (inclusive), by date and position. */
    public List<Logged> exercises(UUID clientId, LocalDate from, LocalDate to) {
        return work(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT e.workout_date, e.position, e.slug, e.reps_min, e.reps_max, s.reps, s.load_kg, s.rir
                    FROM workout_exercises e
                    JOIN workout_sets s ON s.client_id = e.client_id AND s.workout_date = e.workout_date
                                       AND s.exercise = e.position
                    WHERE e.client_id = ? AND e.workout_date BETWEEN ? AND ?
                    ORDER BY e.workout_date, e.position, s.position""")) {
                ps.setObject(1, clientId);
                ps.setObject(2, from);
                ps.setObject(3, to);
                List<Logged> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    LocalDate date = null;
                    int position = -1;
                    List<LoggedSet> sets = null;
                    while (rs.next()) {
                        LocalDate d = rs.getObject(1, LocalDate.class);
                        int p = rs.getInt(2);
                        if (!d.equals(date) || p != position) {
                            date = d;
                            position = p;
                            sets = new ArrayList<>();
                            out.add(new Logged(d, rs.getString(3), integer(rs, 4), integer(rs, 5), sets));
                        }
                        sets.add(new LoggedSet(rs.getInt(6), rs.getBigDecimal(7), integer(rs, 8)));
                    }
                }
                return out;
            }
        });
    }

    /**
     * What progress and the dashboard show of these clients' training, in one query: each exercise of each workout
     * between two dates (inclusive), counted, and every client's last workout date.
     */
    public Recent recent(Collection<UUID> clientIds, LocalDate from, LocalDate to) {
        return work(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT e.client_id, e.workout_date, e.slug, count(*), count(*) FILTER (WHERE s.reps > 0), sum(s.reps)
                    FROM workout_exercises e
                    JOIN workout_sets s ON s.client_id = e.client_id AND s.workout_date = e.workout_date
                                       AND s.exercise = e.position
                    WHERE e.client_id = ANY (?) AND e.workout_date BETWEEN ? AND ?
                    GROUP BY e.client_id, e.workout_date, e.position, e.slug
                    UNION ALL
                    SELECT client_id, max(workout_date), NULL, NULL, NULL, NULL
                    FROM workouts WHERE client_id = ANY (?) GROUP BY client_id""")) {
                Array ids = uuids(c, clientIds);
                ps.setArray(1, ids);
                ps.setObject(2, from);
                ps.setObject(3, to);
                ps.setArray(4, ids);
                Map<UUID, LocalDate> last = new HashMap<>();
                Map<UUID, List<DayExercise>> done = new HashMap<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        UUID client = rs.getObject(1, UUID.class);
                        LocalDate date = rs.getObject(2, LocalDate.class);
                        String slug = rs.getString(3);
                        if (slug == null) {
                            last.put(client, date);
                        } else {
                            done.computeIfAbsent(client, k -> new ArrayList<>())
                                    .add(new DayExercise(date, slug, rs.getInt(4), rs.getInt(5), rs.getInt(6)));
                        }
                    }
                }
                return new Recent(last, done);
            }
        });
    }

    private interface Work<T> {
        T on(Connection c) throws SQLException;
    }

    /** Runs JDBC on the connection of the current Hibernate session (the request's transaction, when there is one). */
    private <T> T work(Work<T> work) {
        return em.unwrap(Session.class).doReturningWork(work::on);
    }

    private static Array uuids(Connection c, Collection<UUID> ids) throws SQLException {
        return c.createArrayOf("uuid", ids.toArray());
    }

    private static void setInteger(PreparedStatement ps, int index, Integer value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.SMALLINT);
        } else {
            ps.setInt(index, value);
        }
    }

    private static Integer integer(ResultSet rs, int index) throws SQLException {
        int v = rs.getInt(index);
        return rs.wasNull() ? null : v;
    }
}
