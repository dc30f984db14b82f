package app.peach.coaching;

/** Security roles. A coach's identity name is the coach id. */
public final class Roles {
    public static final String COACH = "coach";
    public static final String ADMIN = "admin";

    private Roles() {
    }
}
