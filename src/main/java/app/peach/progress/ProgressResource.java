package app.peach.progress;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import app.peach.coaching.CurrentCoach;
import app.peach.coaching.Roles;
import io.smallrye.mutiny.Uni;

/** A client's observed progress. Another coach's client is a 404. */
@Path("/api/v1/clients/{id}/progress")
@Tag(name = "Clients")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.COACH)
@SecurityRequirement(name = "bearer")
@APIResponse(responseCode = "401", description = "Missing or unknown coach key")
public class ProgressResource {
    private final ProgressAnswers progress;
    private final CurrentCoach coach;

    ProgressResource(ProgressAnswers progress, CurrentCoach coach) {
        this.progress = progress;
        this.coach = coach;
    }

    @GET
    @Operation(operationId = "getProgress", summary = "Observed progress, adaptive expenditure, today's targets and safety findings",
            description = "Trend weight by exponential smoothing (α = 0.2/day), the weekly rate from the trend over the "
                    + "last 14–28 days, and the adaptive expenditure (mean intake − trend change × 7,700 kcal/kg / days) "
                    + "once the last 28 days hold 14 days of weigh-ins and of intake; dataNeeded says what is missing. "
                    + "Findings judge what actually happened with the safety rules (e.g. LOSS_RATE_TOO_FAST).")
    @APIResponse(responseCode = "200", description = "Progress",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProgressResponse.class),
                    examples = @ExampleObject(name = "progress", value = ProgressExamples.PROGRESS)))
    @APIResponse(responseCode = "404", description = "No such client of this coach")
    public Uni<Response> progress(@Parameter(description = "The client's id", example = ProgressExamples.CLIENT_ID,
            schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("id") String id) {
        // a Uni: the kept answer's check runs on the event loop, the computation on a worker (ProgressAnswers)
        return progress.of(coach.id(), id).map(body -> Response.ok(body, MediaType.APPLICATION_JSON_TYPE).build());
    }
}
