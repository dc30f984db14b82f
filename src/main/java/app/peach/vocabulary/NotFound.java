package app.peach.vocabulary;

/** Something the caller asked for does not exist, or is not the caller's to see (the edge answers 404). */
public class NotFound extends RuntimeException {
    public NotFound(String detail) {
        super(detail, null, false, false);
    }
}
