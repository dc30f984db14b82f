package app.peach.e2e;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/** The operator's admin key of the packaged service under test (it has no default). */
public class E2eAdminKey implements QuarkusTestResourceLifecycleManager {
    static final String KEY = "e2e-admin-key-not-for-production";

    @Override
    public Map<String, String> start() {
        return Map.of("peach.admin-key", KEY);
    }

    @Override
    public void stop() {
        // nothing to stop
    }
}
