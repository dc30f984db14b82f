package app.peach.webhooks;

import java.net.InetAddress;
import java.util.List;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The target policy from configuration, resolving names with the system resolver. */
class WebhookBeans {
    @Produces
    @Singleton
    TargetPolicy targetPolicy(WebhookConfig config) {
        return new TargetPolicy(config.allowedHosts().orElse(List.of()), InetAddress::getAllByName);
    }
}
