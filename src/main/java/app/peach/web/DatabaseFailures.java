package app.peach.web;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

/**
 * Recognises a database that cannot be reached or did not answer in time, wherever it surfaces (Hibernate,
 * JTA, Agroal, the JDBC driver): SQLState class 08 (connection exception), 57P01–57P03 (server shutting down
 * or starting up), 57014 (statement timeout), pool acquisition and query timeouts, refused connections.
 */
final class DatabaseFailures {
    private DatabaseFailures() {
    }

    static boolean isUnavailable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLTransientConnectionException || t instanceof ConnectException
                    || t instanceof java.sql.SQLTimeoutException
                    || t instanceof org.hibernate.exception.JDBCConnectionException
                    || t instanceof org.hibernate.QueryTimeoutException
                    || t instanceof jakarta.persistence.QueryTimeoutException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null && (sql.getSQLState().startsWith("08")
                    || sql.getSQLState().startsWith("57P") || sql.getSQLState().equals("57014"))) {
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
        return t;
    }
}
