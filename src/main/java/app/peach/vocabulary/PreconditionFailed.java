package app.peach.vocabulary;

/** The version the caller read (its If-Match) is no longer current: 412. */
public class PreconditionFailed extends RuntimeException {
    public PreconditionFailed(String detail) {
        super(detail, null, false, false);
    }
}
