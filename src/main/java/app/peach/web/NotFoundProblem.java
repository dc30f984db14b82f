package app.peach.web;

/** A resource that does not exist (or is not the caller's): mapped to a 404 problem. */
public class NotFoundProblem extends RuntimeException {
    public NotFoundProblem(String detail) {
        super(detail, null, false, false);
    }
}
