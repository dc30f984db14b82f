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

    /** A client's recent activity: the last workout date, workout days in a recent span, any workout in a longer one. */
    public record Activity(LocalDate lastWorkoutDate, int recentDays, boolean inPeriod) {
    }

    /** Working sets (reps ≥ 1) of one exercise over a span. */
    public record SetCount(String slug, int sets) {
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
     * For each of these clients that has a workout: the last workout date, the workout days in
     * {@code recentFrom..today} and whether there was one in {@code periodFrom..today}.
     */
    public Map<UUID, Activity> activity(Collection<UUID> clientIds, LocalDate today, LocalDate recentFrom,
            LocalDate periodFrom) {
        return work(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT client_id, max(workout_date),
                           count(*) FILTER (WHERE workout_date BETWEEN ? AND ?),
                           bool_or(workout_date BETWEEN ? AND ?)
                    FROM workouts WHERE client_id = ANY (?) GROUP BY client_id""")) {
                ps.setObject(1, recentFrom);
                ps.setObject(2, today);
                ps.setObject(3, periodFrom);
                ps.setObject(4, today);
                ps.setArray(5, uuids(c, clientIds));
                Map<UUID, Activity> out = new HashMap<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.put(rs.getObject(1, UUID.class),
                                new Activity(rs.getObject(2, LocalDate.class), rs.getInt(3), rs.getBoolean(4)));
                    }
                }
                return out;
            }
        });
    }

    /** Working sets (reps ≥ 1) per client and exercise between two dates (inclusive). */
    public Map<UUID, List<SetCount>> workingSets(Collection<UUID> clientIds, LocalDate from, LocalDate to) {
        return work(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT e.client_id, e.slug, count(*)
                    FROM workout_exercises e
                    JOIN workout_sets s ON s.client_id = e.client_id AND s.workout_date = e.workout_date
                                       AND s.exercise = e.position
                    WHERE e.client_id = ANY (?) AND e.workout_date BETWEEN ? AND ? AND s.reps > 0
                    GROUP BY e.client_id, e.slug""")) {
                ps.setArray(1, uuids(c, clientIds));
                ps.setObject(2, from);
                ps.setObject(3, to);
                Map<UUID, List<SetCount>> out = new HashMap<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                                .add(new SetCount(rs.getString(2), rs.getInt(3)));
                    }
                }
                return out;
            }
        });
    }

    /** One exercise of one workout, counted: sets logged, sets with reps ≥ 1, reps in all. */
    public record ExerciseCount(String slug, int sets, int workingSets, int reps) {
    }

    /** Each exercise of each workout of these clients between two dates (inclusive), counted. */
    public Map<UUID, List<ExerciseCount>> exerciseCounts(Collection<UUID> clientIds, LocalDate from, LocalDate to) {
        return work(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT e.client_id, e.slug, count(*), count(*) FILTER (WHERE s.reps > 0), sum(s.reps)
                    FROM workout_exercises e
                    JOIN workout_sets s ON s.client_id = e.client_id AND s.workout_date = e.workout_date
                                       AND s.exercise = e.position
                    WHERE e.client_id = ANY (?) AND e.workout_date BETWEEN ? AND ?
                    GROUP BY e.client_id, e.workout_date, e.position, e.slug""")) {
                ps.setArray(1, uuids(c, clientIds));
                ps.setObject(2, from);
                ps.setObject(3, to);
                Map<UUID, List<ExerciseCount>> out = new HashMap<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                                .add(new ExerciseCount(rs.getString(2), rs.getInt(3), rs.getInt(4), rs.getInt(5)));
                    }
                }
                return out;
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
