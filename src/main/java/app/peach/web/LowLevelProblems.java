package app.peach.web;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.vertx.ext.web.Router;

/**
 * Errors raised below JAX-RS get the same problem body: paths that no handler serves (404) and bodies
 * over the limit {@code quarkus.http.limits.max-body-size} (413), so a client never sees Vert.x's plain page.
 */
@Singleton
public class LowLevelProblems {
    private final ObjectMapper mapper;
    private final long limitBytes;
    private final byte[] notFound;
    private final byte[] tooLarge;

    LowLevelProblems(ObjectMapper mapper,
            @org.eclipse.microprofile.config.inject.ConfigProperty(name = "quarkus.http.limits.max-body-size")
            io.quarkus.runtime.configuration.MemorySize limit) throws JsonProcessingException {
        this.limitBytes = limit.asLongValue();
        this.mapper = mapper;
        this.notFound = mapper.writeValueAsBytes(Problem.of(404, "not-found", "Not Found",
                "No resource at this path. See /q/openapi for the API's paths."));
        this.tooLarge = mapper.writeValueAsBytes(Problem.of(413, "payload-too-large", "Payload Too Large",
                "The request body is larger than the " + limitBytes / 1024 + " KB this API accepts."));
    }

    void register(@Observes Router router) {
        // A declared body over the limit is refused before it is read (Quarkus would answer a bare 413)
        router.route().order(-2000).handler(ctx -> {
            String length = ctx.request().getHeader("Content-Length");
            if (length != null && length.length() < 19 && length.chars().allMatch(Character::isDigit)
                    && Long.parseLong(length) > limitBytes) {
                ctx.response().putHeader("Connection", "close");
                send(ctx, 413, tooLarge);
            } else {
                ctx.next();
            }
        });
        router.route().order(Integer.MAX_VALUE).handler(ctx -> send(ctx, 404, notFound));
        router.route().failureHandler(ctx -> {
            if (ctx.response().headWritten()) {
                ctx.next();
            } else if (ctx.statusCode() == 413) {
                send(ctx, 413, tooLarge);
            } else if (ctx.statusCode() >= 400 && ctx.statusCode() < 500) {
                send(ctx, ctx.statusCode(), generic(ctx.statusCode()));
            } else {
                ctx.next();
            }
        });
    }

    private byte[] generic(int status) {
        var type = jakarta.ws.rs.core.Response.Status.fromStatusCode(status);
        String title = type != null ? type.getReasonPhrase() : "Bad Request";
        try {
            return mapper.writeValueAsBytes(Problem.of(status, title.toLowerCase().replace(' ', '-'), title,
                    "The request could not be read."));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void send(io.vertx.ext.web.RoutingContext ctx, int status, byte[] body) {
        ctx.response().setStatusCode(status).putHeader("Content-Type", Problem.MEDIA_TYPE)
                .end(io.vertx.core.buffer.Buffer.buffer(body));
    }
}
