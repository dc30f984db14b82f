package app.peach.coaching;

/** A conditional update that does not hold: 412 (If-Match), 409 (body version) or 428 (no condition). */
public class PreconditionProblem extends RuntimeException {
    private final int status;

    PreconditionProblem(int status, String detail) {
        super(detail, null, false, false);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
