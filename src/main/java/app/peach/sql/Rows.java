package app.peach.sql;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import jakarta.persistence.EntityManager;

import org.hibernate.Session;

/**
 * Read-only queries in plain JDBC on the connection of the current Hibernate session (the request's transaction,
 * when there is one), for reads a repository makes on every call: an HQL {@code in :ids} is translated anew for
 * each call, while one SQL statement with the ids as one array is prepared once per connection.
 */
public final class Rows {

    /** Reads one row of the result. */
    public interface Reader<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private Rows() {
    }

    /**
     * Sets {@code parameters} on {@code ps} in order; a {@link Collection} is sent as a {@code uuid[]} (for
     * {@code = ANY (?)}), anything else as {@link PreparedStatement#setObject(int, Object)} sends it.
     */
    public static void bind(Connection c, PreparedStatement ps, Object... parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            if (parameters[i] instanceof Collection<?> ids) {
                ps.setArray(i + 1, c.createArrayOf("uuid", ids.toArray()));
            } else {
                ps.setObject(i + 1, parameters[i]);
            }
        }
    }

    /** The rows of {@code sql}; a {@link Collection} parameter is sent as a {@code uuid[]} (for {@code = ANY (?)}). */
    public static <T> List<T> of(EntityManager em, String sql, Reader<T> reader, Object... parameters) {
        return em.unwrap(Session.class).doReturningWork(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                bind(c, ps, parameters);
                List<T> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(reader.read(rs));
                    }
                }
                return out;
            }
        });
    }
}
