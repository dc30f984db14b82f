package app.peach.db;

/**
 * The embedded database cannot start, for a reason the operator can act on (the directory belongs to another
 * running Peach, an earlier server will not go away, the port is taken). The message says what to do; it is
 * logged as one line, without a stack trace, and the service exits.
 */
public final class EmbeddedDatabaseStartFailure extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    public EmbeddedDatabaseStartFailure(String message) {
        super(message);
    }

    public EmbeddedDatabaseStartFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
