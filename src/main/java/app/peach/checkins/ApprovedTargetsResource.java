package app.peach.checkins;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import app.peach.coaching.CurrentCoach;
import app.peach.coaching.Roles;

/** The targets a coach approved for a client. */
@Path("/api/v1/clients/{id}/targets")
@Tag(name = "Check-ins")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.COACH)
@SecurityRequirement(name = "bearer")
@APIResponse(responseCode = "401", description = "Missing or unknown coach key")
public class ApprovedTargetsResource {
    private final CheckInService checkIns;
    private final CurrentCoach coach;

    ApprovedTargetsResource(CheckInService checkIns, CurrentCoach coach) {
        this.checkIns = checkIns;
        this.coach = coach;
    }

    @GET
    @Operation(operationId = "getApprovedTargets", summary = "The client's approved targets",
            description = "The targets of the most recently approved check-in, with its id and date; 404 until one "
                    + "is approved.")
    @APIResponse(responseCode = "200", description = "The approved targets",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApprovedTargets.class),
                    examples = @ExampleObject(name = "approved", value = CheckInExamples.APPROVED_TARGETS)))
    @APIResponse(responseCode = "404", description = "No such client of this coach, or nothing approved yet")
    public ApprovedTargets get(@Parameter(description = "The client's id", example = "0b6c8e9e-3f4a-4d5b-9c2e-7a1f0d4e8b21") @PathParam("id") String id) {
        return checkIns.approvedTargets(coach.id(), id);
    }
}
