package app.peach.reliability;

/** The admin key of the test profile (application.properties, %test). */
final class CoachingKeys {
    static final String ADMIN_KEY = "test-admin-key-not-for-production";

    private CoachingKeys() {
    }
}
