package app.peach.projections;

/** Every projection thread is busy and the queue is full: the caller should retry after a moment (503). */
public final class SolverBusy extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int retryAfterSeconds;

    public SolverBusy(int retryAfterSeconds) {
        // no stack trace: this is an answer to give, not a fault to debug, and a saturated pool gives many
        super("Every projection worker is busy; retry after the Retry-After delay.", null, false, false);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public int retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
