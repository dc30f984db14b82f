package app.peach.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/**
 * The one error mechanism of the service: every exception that reaches JAX-RS leaves as an RFC 9457
 * problem body. Unknown paths outside JAX-RS get the same body from {@link LowLevelProblems}.
 */
public class ProblemMappers {
    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public RestResponse<Problem> constraintViolation(ConstraintViolationException e) {
        List<Violation> violations = new ArrayList<>();
        for (ConstraintViolation<?> v : e.getConstraintViolations()) {
            violations.add(new Violation(fieldOf(v.getPropertyPath()), v.getMessage()));
        }
        violations.sort(Comparator.comparing(Violation::field).thenComparing(Violation::message));
        return problem(Problem.validation(violations));
    }

    @ServerExceptionMapper
    public RestResponse<Problem> validationProblem(ValidationProblem e) {
        return problem(Problem.validation(e.violations()));
    }

    @ServerExceptionMapper
    public RestResponse<Problem> invalidParameter(ApiEnumParamConverters.InvalidParameter e) {
        return problem(Problem.validation(List.of(e.violation())));
    }

    @ServerExceptionMapper
    public RestResponse<Problem> notFound(NotFoundProblem e) {
        return problem(Problem.of(404, "not-found", "Not found", e.getMessage()));
    }

    @ServerExceptionMapper
    public RestResponse<Problem> json(JsonProcessingException e) {
        return problem(JsonErrors.toProblem(e));
    }

    /** Declared separately: Quarkus ships a mapper for this type, and the most specific mapper wins. */
    @ServerExceptionMapper
    public RestResponse<Problem> jsonMismatch(MismatchedInputException e) {
        return problem(JsonErrors.toProblem(e));
    }

    @ServerExceptionMapper
    public RestResponse<Problem> webApplication(WebApplicationException e) {
        Throwable cause = e.getCause();
        if (cause instanceof JsonProcessingException json) {
            return json(json);
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e);
        }
        Response.StatusType type = Response.Status.fromStatusCode(status);
        String title = type != null ? type.getReasonPhrase() : "Error";
        return problem(Problem.of(status, slug(title), title, detailFor(status)));
    }

    /** Bytes that are not UTF-8 where JSON text was expected. */
    @ServerExceptionMapper
    public RestResponse<Problem> badEncoding(java.io.CharConversionException e) {
        String detail = "The body is not valid UTF-8 JSON";
        return problem(new Problem(Problem.TYPE_BASE + "malformed-json", "Malformed JSON", 400, detail, null,
                List.of(new Violation("body", detail))));
    }

    /**
     * The database cannot be reached, or did not answer in time (down, restarting, pool exhausted, statement
     * timeout): 503 with Retry-After, so clients back off and retry. Calculators never touch the database.
     */
    static RestResponse<Problem> databaseUnavailable(Throwable e) {
        LOG.warnf("Database unavailable: %s", DatabaseFailures.rootOf(e).getClass().getSimpleName());
        return RestResponse.ResponseBuilder.<Problem>create(503)
                .entity(Problem.of(503, "service-unavailable", "Service Unavailable",
                        "The database is unavailable for a moment; retry after the Retry-After delay."))
                .type(Problem.MEDIA_TYPE).header("Retry-After", String.valueOf(RETRY_AFTER_SECONDS)).build();
    }

    static final int RETRY_AFTER_SECONDS = 5;

    /** Projections run on a bounded pool: when it is full the client retries, rather than queueing without end. */
    @ServerExceptionMapper
    public RestResponse<Problem> solverBusy(app.peach.projections.SolverBusy e) {
        return RestResponse.ResponseBuilder.<Problem>create(503)
                .entity(Problem.of(503, "service-unavailable", "Service Unavailable", e.getMessage()))
                .type(Problem.MEDIA_TYPE).header("Retry-After", String.valueOf(e.retryAfterSeconds())).build();
    }

    @ServerExceptionMapper
    public RestResponse<Problem> unexpected(Throwable e) {
        if (DatabaseFailures.isUnavailable(e)) {
            return databaseUnavailable(e);
        }
        String errorId = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected error %s", errorId);
        return problem(new Problem(Problem.TYPE_BASE + "internal", "Internal server error", 500,
                "The request could not be completed. Quote error id " + errorId + " when reporting it.",
                errorId, null));
    }

    static RestResponse<Problem> problem(Problem p) {
        return RestResponse.ResponseBuilder.<Problem>create(p.status()).entity(p).type(Problem.MEDIA_TYPE).build();
    }

    private static String detailFor(int status) {
        return switch (status) {
            case 404 -> "No resource at this path. See /q/openapi for the API's paths.";
            case 405 -> "This path does not accept that HTTP method. See /q/openapi for the allowed methods.";
            case 406 -> "This resource answers with application/json only.";
            case 415 -> "Send the body as application/json.";
            default -> "The request could not be processed.";
        };
    }

    private static String slug(String title) {
        return title.toLowerCase().replaceAll("[^a-z0-9]+", "-");
    }

    /**
     * The JSON path of a violated property: method and parameter nodes dropped, list indexes kept
     * ({@code trainingDays[0].day}). A violation on a query parameter itself names the parameter.
     */
    static String fieldOf(Path path) {
        StringBuilder sb = new StringBuilder();
        String parameter = null;
        for (Path.Node node : path) {
            ElementKind kind = node.getKind();
            if (kind == ElementKind.METHOD || kind == ElementKind.CONSTRUCTOR
                    || kind == ElementKind.RETURN_VALUE || kind == ElementKind.CROSS_PARAMETER) {
                continue;
            }
            if (kind == ElementKind.PARAMETER) {
                parameter = node.getName();
                continue;
            }
            if (node.isInIterable() && !sb.isEmpty()) {
                sb.append('[').append(node.getIndex() != null ? node.getIndex() : node.getKey()).append(']');
            }
            if (node.getName() != null) {
                if (!sb.isEmpty()) {
                    sb.append('.');
                }
                sb.append(node.getName());
            }
        }
        if (!sb.isEmpty()) {
            return sb.toString();
        }
        return parameter != null && !parameter.equals("request") ? parameter : "body";
    }
}
