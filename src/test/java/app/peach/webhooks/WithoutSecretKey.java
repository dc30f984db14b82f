package app.peach.webhooks;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/** The service as the operator starts it without peach.webhooks.secret-key: no webhooks, nothing sent. */
public class WithoutSecretKey implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("%test.peach.webhooks.secret-key", "");
    }
}
