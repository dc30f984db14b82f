package app.peach.coaching;

import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.UriInfo;

import org.hibernate.StaleStateException;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import app.peach.web.Problem;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

/** 401/403 for keys, and 409/412/428 for optimistic locking, as problem bodies. Keys are never echoed or logged. */
public class SecurityProblems {
    private final AdminKey adminKey;

    SecurityProblems(AdminKey adminKey) {
        this.adminKey = adminKey;
    }

    @ServerExceptionMapper
    public RestResponse<Problem> unauthorized(UnauthorizedException e) {
        return challenge("Send a key as 'Authorization: Bearer <key>'.");
    }

    /** An unknown key: 401, except on the admin endpoints, where a key that is not the admin key is 403. */
    @ServerExceptionMapper
    public RestResponse<Problem> authenticationFailed(AuthenticationFailedException e, UriInfo uri) {
        if (isAdmin(uri)) {
            return forbidden(uri);
        }
        return challenge("The key is not a valid coach key.");
    }

    @ServerExceptionMapper
    public RestResponse<Problem> forbidden(ForbiddenException e, UriInfo uri) {
        return forbidden(uri);
    }

    @ServerExceptionMapper
    public RestResponse<Problem> precondition(PreconditionProblem e) {
        String title = switch (e.status()) {
            case 412 -> "Precondition Failed";
            case 428 -> "Precondition Required";
            default -> "Conflict";
        };
        return problem(Problem.of(e.status(), title.toLowerCase().replace(' ', '-'), title, e.getMessage()));
    }

    /** Two updates racing past the version check: the database's version column refuses the second. */
    @ServerExceptionMapper({ OptimisticLockException.class, StaleStateException.class })
    public RestResponse<Problem> concurrentUpdate(Exception e) {
        return problem(Problem.of(409, "conflict", "Conflict",
                "The client was changed by another request at the same time; read it again and repeat the update."));
    }

    private RestResponse<Problem> forbidden(UriInfo uri) {
        String detail = isAdmin(uri) && !adminKey.enabled()
                ? "The admin endpoints are disabled: no peach.admin-key (PEACH_ADMIN_KEY) is configured."
                : isAdmin(uri) ? "This needs the operator's admin key." : "This key may not do that.";
        return problem(Problem.of(403, "forbidden", "Forbidden", detail));
    }

    private static boolean isAdmin(UriInfo uri) {
        return uri.getPath().startsWith("/api/v1/admin");
    }

    private static RestResponse<Problem> challenge(String detail) {
        return RestResponse.ResponseBuilder.<Problem>create(401).entity(Problem.of(401, "unauthorized", "Unauthorized", detail))
                .type(Problem.MEDIA_TYPE).header("WWW-Authenticate", "Bearer").build();
    }

    private static RestResponse<Problem> problem(Problem p) {
        return RestResponse.ResponseBuilder.<Problem>create(p.status()).entity(p).type(Problem.MEDIA_TYPE).build();
    }
}
