package app.peach.vocabulary;

/** The change conflicts with the resource's current state (a stale version, a state that no longer allows it): 409. */
public class Conflict extends RuntimeException {
    public Conflict(String detail) {
        super(detail, null, false, false);
    }
}
