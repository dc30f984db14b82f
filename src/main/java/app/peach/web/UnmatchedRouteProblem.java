package app.peach.web;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.vertx.ext.web.Router;

/**
 * Paths that no handler serves (outside the JAX-RS resources too) answer 404 with the problem body,
 * so a client never sees Vert.x's plain-text page.
 */
@Singleton
public class UnmatchedRouteProblem {
    private final byte[] body;

    UnmatchedRouteProblem(ObjectMapper mapper) throws JsonProcessingException {
        this.body = mapper.writeValueAsBytes(Problem.of(404, "not-found", "Not Found",
                "No resource at this path. See /q/openapi for the API's paths."));
    }

    void register(@Observes Router router) {
        router.route().order(Integer.MAX_VALUE).handler(ctx -> ctx.response()
                .setStatusCode(404)
                .putHeader("Content-Type", Problem.MEDIA_TYPE)
                .end(io.vertx.core.buffer.Buffer.buffer(body)));
    }
}
