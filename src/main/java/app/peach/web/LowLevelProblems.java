package app.peach.web;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;

/**
 * Errors raised below JAX-RS get the same problem body: paths that no handler serves (404) and bodies
 * over the limit {@code quarkus.http.limits.max-body-size} (413), so a client never sees Vert.x's plain page.
 */
@Singleton
public class LowLevelProblems {
    private final ObjectMapper json;
    private final long limitBytes;
    private final Buffer notFound;
    private final Buffer tooLarge;

    LowLevelProblems(ObjectMapper mapper,
            @org.eclipse.microprofile.config.inject.ConfigProperty(name = "quarkus.http.limits.max-body-size")
            io.quarkus.runtime.configuration.MemorySize limit) {
        this.limitBytes = limit.asLongValue();
        this.json = mapper;
        this.notFound = Problems.encode(json, Problems.of(404, ProblemMappers.detailFor(404)));
        this.tooLarge = Problems.encode(json, Problems.of(413,
                "The request body is larger than the " + limitBytes / 1024 + " KB this API accepts."));
    }

    /** Whether a Content-Length value is a number over the limit (every /api call with a body asks: no stream). */
    private boolean declaredOver(String length) {
        if (length.isEmpty() || length.length() >= 19) {
            return false;
        }
        for (int i = 0; i < length.length(); i++) {
            if (length.charAt(i) < '0' || length.charAt(i) > '9') {
                return false;
            }
        }
        return Long.parseLong(length) > limitBytes;
    }

    void register(@Observes Router router) {
        // A declared body over the limit is refused before it is read (Quarkus would answer a bare 413)
        router.route().order(-2000).handler(ctx -> {
            String length = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            if (length != null && declaredOver(length)) {
                ctx.response().putHeader("Connection", "close");
                Problems.send(ctx, 413, tooLarge);
            } else {
                ctx.next();
            }
        });
        router.route().order(Integer.MAX_VALUE).handler(ctx -> Problems.send(ctx, 404, notFound));
        router.route().failureHandler(ctx -> {
            if (ctx.response().headWritten()) {
                ctx.next();
            } else if (ctx.statusCode() == 413) {
                Problems.send(ctx, 413, tooLarge);
            } else if (ctx.statusCode() >= 400 && ctx.statusCode() < 500) {
                Problems.send(ctx, ctx.statusCode(),
                        Problems.encode(json, Problems.of(ctx.statusCode(), "The request could not be read.")));
            } else {
                ctx.next();
            }
        });
    }
}
