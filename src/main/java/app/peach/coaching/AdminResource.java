package app.peach.coaching;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import app.peach.idempotency.Idempotent;
import app.peach.web.PeachApiDefinition;

@Path("/api/v1/admin/coaches")
@Tag(name = "Admin")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
@SecurityRequirement(name = PeachApiDefinition.ADMIN_SCHEME)
public class AdminResource {
    private final AdminService service;

    AdminResource(AdminService service) {
        this.service = service;
    }

    @POST
    @Idempotent
    @Operation(operationId = "createCoach", summary = "Create a coach and their API key",
            description = "Needs the operator's admin key (peach.admin-key / PEACH_ADMIN_KEY) as a Bearer token. The "
                    + "coach's apiKey is shown once and stored only as a hash. Without an admin key configured the "
                    + "admin endpoints are disabled. With an Idempotency-Key, a repeat of the same request within 24 hours "
                    + "answers the first response (and key) again and creates nothing.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CoachRequest.class),
            examples = @ExampleObject(name = "coach", value = ClientExamples.COACH_REQUEST)))
    @APIResponse(responseCode = "201", description = "The coach, with the API key (shown once)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CoachCreated.class),
                    examples = @ExampleObject(name = "created", value = ClientExamples.COACH_CREATED)))
    @APIResponse(responseCode = "400", description = "Invalid input")
    @APIResponse(responseCode = "401", description = "No admin key")
    @APIResponse(responseCode = "403", description = "Not the admin key, or admin endpoints disabled")
    public Response create(@Valid @NotNull(message = "a JSON body is required") CoachRequest request) {
        return Response.status(Response.Status.CREATED).entity(service.createCoach(request)).build();
    }
}
