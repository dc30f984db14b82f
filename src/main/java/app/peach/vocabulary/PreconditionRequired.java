package app.peach.vocabulary;

/** An update that must say which version it read did not: 428. */
public class PreconditionRequired extends RuntimeException {
    public PreconditionRequired(String detail) {
        super(detail, null, false, false);
    }
}
