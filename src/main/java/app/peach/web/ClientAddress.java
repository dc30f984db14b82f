package app.peach.web;

import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.vertx.ext.web.RoutingContext;

/**
 * The client's address, which per-address limits count against. Behind a proxy (Quarkus's proxy address
 * forwarding on, as in docker-compose.yml) it is the forwarded address the request reports. Otherwise it is the
 * connection's peer, read from the connection itself: asking the request goes through Vert.x Web's forwarded-header
 * parser, which also works out the scheme, host and absolute URI on first use (about 2 % of a safety call's CPU
 * samples) for an answer the connection already has.
 */
@Singleton
public class ClientAddress {
    private final boolean forwarded;

    ClientAddress(@ConfigProperty(name = "quarkus.http.proxy.proxy-address-forwarding", defaultValue = "false")
            boolean forwarded) {
        this.forwarded = forwarded;
    }

    /** The address's host, "unknown" without one. */
    public String of(RoutingContext ctx) {
        var request = ctx.request();
        var address = forwarded ? request.remoteAddress() : request.connection().remoteAddress();
        return address == null || address.host() == null ? "unknown" : address.host();
    }
}
