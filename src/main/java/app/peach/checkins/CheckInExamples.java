package app.peach.checkins;

/** Examples for the OpenAPI document, taken from real responses. */
final class CheckInExamples {
    private CheckInExamples() {
    }

    static final String ID = "5b0e6f0e-8f5c-4c39-9d0a-3f1f2a7c9e11";
    static final String PENDING_CAPPED = "{}";
    static final String NO_CHANGE = "{}";
    static final String APPROVED = "{}";
    static final String REJECTED = "{}";
    static final String APPROVED_TARGETS = "{}";
    static final String CONFLICT = "{}";
}
