package app.peach.coaching;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;

@Path("/api/v1/admin/coaches")
@Tag(name = "Admin")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
@SecurityRequirement(name = "bearer")
public class AdminResource {
    private final AdminService service;

    AdminResource(AdminService service) {
        this.service = service;
    }

    @POST
    @ResponseStatus(201)
    @Operation(summary = "Create a coach and their API key",
            description = "Needs the operator's admin key (peach.admin-key / PEACH_ADMIN_KEY) as a Bearer token. The "
                    + "coach's apiKey is shown once and stored only as a hash. Without an admin key configured the "
                    + "admin endpoints are disabled.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CoachRequest.class),
            examples = @ExampleObject(name = "coach", value = "{\"name\":\"Alex Coach\",\"email\":\"alex@example.com\"}")))
    @APIResponse(responseCode = "201", description = "The coach, with the API key (shown once)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CoachCreated.class)))
    @APIResponse(responseCode = "400", description = "Invalid input")
    @APIResponse(responseCode = "401", description = "No admin key")
    @APIResponse(responseCode = "403", description = "Not the admin key, or admin endpoints disabled")
    public CoachCreated create(@Valid @NotNull(message = "a JSON body is required") CoachRequest request) {
        return service.createCoach(request);
    }
}
