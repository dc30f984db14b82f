package app.peach.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import app.peach.projections.SolverBusy;
import app.peach.vocabulary.Conflict;
import app.peach.vocabulary.InvalidInput;
import app.peach.vocabulary.NotFound;
import app.peach.vocabulary.PreconditionFailed;
import app.peach.vocabulary.PreconditionRequired;
import app.peach.vocabulary.Unavailable;
import app.peach.vocabulary.Violation;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

/**
 * The one exception-to-problem translation of the service: services throw the domain failures of
 * {@code app.peach.vocabulary} (not found, invalid input, conflicts), the framework throws its own (validation,
 * JSON, security), and each leaves here as an RFC 9457 body built by {@link Problems}. Unknown paths outside
 * JAX-RS get the same body from {@link LowLevelProblems}.
 */
public class ProblemMappers {
    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    static final int RETRY_AFTER_SECONDS = 5;
    private final boolean adminEnabled;

    ProblemMappers(@ConfigProperty(name = "peach.admin-key") Optional<String> adminKey) {
        this.adminEnabled = adminKey.filter(k -> !k.isBlank()).isPresent();
    }

    @ServerExceptionMapper
    public RestResponse<Problem> constraintViolation(ConstraintViolationException e) {
        List<Violation> violations = new ArrayList<>();
        for (ConstraintViolation<?> v : e.getConstraintViolations()) {
            violations.add(new Violation(fieldOf(v.getPropertyPath()), v.getMessage()));
        }
        violations.sort(Comparator.comparing(Violation::field).thenComparing(Violation::message));
        return Problems.response(Problems.validation(violations));
    }

    @ServerExceptionMapper
    public RestResponse<Problem> invalidInput(InvalidInput e) {
        return Problems.response(Problems.validation(e.violations()));
    }

    @ServerExceptionMapper
    public RestResponse<Problem> invalidParameter(ApiEnumParamConverters.InvalidParameter e) {
        return Problems.response(Problems.validation(List.of(e.violation())));
    }

    @ServerExceptionMapper
    public RestResponse<Problem> notFound(NotFound e) {
        return Problems.response(Problems.of(404, e.getMessage()));
    }

    @ServerExceptionMapper
    public RestResponse<Problem> conflict(Conflict e) {
        return Problems.response(Problems.of(409, e.getMessage()));
    }

    @ServerExceptionMapper
    public RestResponse<Problem> preconditionFailed(PreconditionFailed e) {
        return Problems.response(Problems.of(412, e.getMessage()));
    }

    @ServerExceptionMapper
    public RestResponse<Problem> preconditionRequired(PreconditionRequired e) {
        return Problems.response(Problems.of(428, e.getMessage()));
    }

    /** A feature the operator has not configured (e.g. webhooks without their secret key). */
    @ServerExceptionMapper
    public RestResponse<Problem> unavailable(Unavailable e) {
        return Problems.response(Problems.of(503, e.getMessage()));
    }

    /** Two updates racing past the version check: the database's version column refuses the second. */
    @ServerExceptionMapper({ OptimisticLockException.class, StaleStateException.class })
    public RestResponse<Problem> concurrentUpdate(Exception e) {
        return Problems.response(Problems.of(409,
                "The client was changed by another request at the same time; read it again and repeat the update."));
    }

    @ServerExceptionMapper
    public RestResponse<Problem> unauthorized(UnauthorizedException e) {
        return challenge("Send a key as 'Authorization: Bearer <key>'.");
    }

    /** An unknown key: 401, except on the admin endpoints, where a key that is not the admin key is 403. */
    @ServerExceptionMapper
    public RestResponse<Problem> authenticationFailed(AuthenticationFailedException e, UriInfo uri) {
        return isAdmin(uri) ? forbidden(uri) : challenge("The key is not a valid coach key.");
    }

    @ServerExceptionMapper
    public RestResponse<Problem> forbidden(ForbiddenException e, UriInfo uri) {
        return forbidden(uri);
    }

    @ServerExceptionMapper
    public RestResponse<Problem> json(JsonProcessingException e) {
        return Problems.response(JsonErrors.toProblem(e));
    }

    /** Declared separately: Quarkus ships a mapper for this type, and the most specific mapper wins. */
    @ServerExceptionMapper
    public RestResponse<Problem> jsonMismatch(MismatchedInputException e) {
        return Problems.response(JsonErrors.toProblem(e));
    }

    @ServerExceptionMapper
    public RestResponse<Problem> webApplication(WebApplicationException e) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return json(json);
        }
        int status = e.getResponse().getStatus();
        return status >= 500 ? unexpected(e) : Problems.response(Problems.of(status, detailFor(status)));
    }

    /** Bytes that are not UTF-8 where JSON text was expected. */
    @ServerExceptionMapper
    public RestResponse<Problem> badEncoding(java.io.CharConversionException e) {
        return Problems.response(Problems.malformed("The body is not valid UTF-8 JSON"));
    }

    /** Projections run on a bounded pool: when it is full the client retries, rather than queueing without end. */
    @ServerExceptionMapper
    public RestResponse<Problem> solverBusy(SolverBusy e) {
        return Problems.response(Problems.of(503, e.getMessage()), "Retry-After", String.valueOf(e.retryAfterSeconds()));
    }

    /**
     * The database cannot be reached, or did not answer in time (down, restarting, pool exhausted, statement
     * timeout): 503 with Retry-After, so clients back off and retry. Calculators never touch the database.
     */
    @ServerExceptionMapper
    public RestResponse<Problem> unexpected(Throwable e) {
        if (DatabaseFailures.isUnavailable(e)) {
            LOG.warnf("Database unavailable: %s", DatabaseFailures.rootOf(e).getClass().getSimpleName());
            return Problems.response(Problems.of(503,
                    "The database is unavailable for a moment; retry after the Retry-After delay."),
                    "Retry-After", String.valueOf(RETRY_AFTER_SECONDS));
        }
        String errorId = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected error %s", errorId);
        return Problems.response(Problems.internal(errorId));
    }

    private RestResponse<Problem> forbidden(UriInfo uri) {
        String detail = isAdmin(uri) && !adminEnabled
                ? "The admin endpoints are disabled: no peach.admin-key (PEACH_ADMIN_KEY) is configured."
                : isAdmin(uri) ? "This needs the operator's admin key." : "This key may not do that.";
        return Problems.response(Problems.of(403, detail));
    }

    private static boolean isAdmin(UriInfo uri) {
        return uri.getPath().startsWith("/api/v1/admin");
    }

    /** Keys are never echoed or logged. */
    private static RestResponse<Problem> challenge(String detail) {
        return Problems.response(Problems.of(401, detail), "WWW-Authenticate", "Bearer");
    }

    static String detailFor(int status) {
        return switch (status) {
            case 404 -> "No resource at this path. See /q/openapi for the API's paths.";
            case 405 -> "This path does not accept that HTTP method. See /q/openapi for the allowed methods.";
            case 406 -> "This resource answers with application/json only.";
            case 415 -> "Send the body as application/json.";
            default -> "The request could not be processed.";
        };
    }

    /**
     * The JSON path of a violated property: method and parameter nodes dropped, list indexes kept
     * ({@code trainingDays[0].day}; a null list element is {@code exercises[0]}). A violation on a query parameter
     * itself names the parameter.
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
            if (node.getName() != null && kind != ElementKind.CONTAINER_ELEMENT) { // "<list element>": the index says it
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
