package app.peach.web;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

/**
 * Recognises a database that cannot be reached, wherever it surfaces (Hibernate, JTA, Agroal, the JDBC
 * driver): SQLState class 08 (connection exception), 57P01–57P03 (server shutting down or starting up),
 * pool acquisition timeouts, refused connections.
 */
final class DatabaseFailures {
    private DatabaseFailures() {
    }

    static boolean isConnectionFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLTransientConnectionException || t instanceof ConnectException
                    || t instanceof org.hibernate.exception.JDBCConnectionException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    static Throwable rootOf(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t instanceof Exception ? t : new RuntimeException(t);
    }
}
