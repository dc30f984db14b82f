package app.peach.vocabulary;

/** The service cannot do this now, for a reason the operator can fix (e.g. a feature not configured): 503. */
public class Unavailable extends RuntimeException {
    public Unavailable(String detail) {
        super(detail, null, false, false);
    }
}
