package app.peach.web;

import java.util.List;

import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestResponse;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import app.peach.vocabulary.Violation;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.RoutingContext;

/**
 * The one factory of problem bodies ({@code application/problem+json}, RFC 9457): the exception mappers,
 * the Vert.x routes below JAX-RS (unknown paths, oversized bodies) and the rate limiter all build and send
 * problems here, so the type URI, the title and the media type are written in one place.
 */
public final class Problems {
    private static final String TYPE_BASE = "https://peach.app/problems/";

    private Problems() {
    }

    /** A problem titled by the status's reason phrase ({@code 404 Not Found}, type {@code …/not-found}). */
    public static Problem of(int status, String detail) {
        Response.StatusType type = Response.Status.fromStatusCode(status);
        String title = type != null ? type.getReasonPhrase() : status == 422 ? "Unprocessable Content"
                : status >= 500 ? "Server Error" : "Client Error";
        return new Problem(TYPE_BASE + slug(title), title, status, detail, null, null);
    }

    /** 400 with one violation per bad field. */
    public static Problem validation(List<Violation> violations) {
        String detail = violations.size() == 1
                ? "1 field is invalid: " + violations.get(0).field()
                : violations.size() + " fields are invalid";
        return new Problem(TYPE_BASE + "validation", "Invalid request", 400, detail, null, List.copyOf(violations));
    }

    /** 400 for a body that is not the JSON it should be: the whole body is the bad "field". */
    public static Problem malformed(String detail) {
        return new Problem(TYPE_BASE + "malformed-json", "Malformed JSON", 400, detail, null,
                List.of(new Violation("body", detail)));
    }

    /** 500 that names only an error id, which the log repeats with the stack trace. */
    public static Problem internal(String errorId) {
        return new Problem(TYPE_BASE + "internal", "Internal server error", 500,
                "The request could not be completed. Quote error id " + errorId + " when reporting it.", errorId, null);
    }

    /** The JAX-RS response for a problem; {@code headers} are name/value pairs. */
    public static RestResponse<Problem> response(Problem p, String... headers) {
        RestResponse.ResponseBuilder<Problem> builder = RestResponse.ResponseBuilder.<Problem>create(p.status())
                .entity(p).type(Problem.MEDIA_TYPE);
        for (int i = 0; i + 1 < headers.length; i += 2) {
            builder.header(headers[i], headers[i + 1]);
        }
        return builder.build();
    }

    /** A problem encoded once, for routes that answer below JAX-RS. */
    public static Buffer encode(ObjectMapper json, Problem p) {
        try {
            return Buffer.buffer(json.writeValueAsBytes(p));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Ends a Vert.x exchange with an encoded problem; {@code headers} are name/value pairs. */
    public static void send(RoutingContext ctx, int status, Buffer body, String... headers) {
        var response = ctx.response().setStatusCode(status).putHeader("Content-Type", Problem.MEDIA_TYPE);
        for (int i = 0; i + 1 < headers.length; i += 2) {
            response.putHeader(headers[i], headers[i + 1]);
        }
        response.end(body);
    }

    private static String slug(String title) {
        return title.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }
}
