package app.peach.dashboard;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
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

@Path("/api/v1/dashboard")
@Tag(name = "Clients")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.COACH)
@SecurityRequirement(name = "bearer")
public class DashboardResource {
    private final DashboardService dashboard;
    private final CurrentCoach coach;

    DashboardResource(DashboardService dashboard, CurrentCoach coach) {
        this.dashboard = dashboard;
        this.coach = coach;
    }

    @GET
    @Operation(operationId = "getDashboard", summary = "Who needs attention: the coach's clients, most severe verdict first",
            description = "Each client with the verdict and findings of their progress; unsafe first, then caution, then ok.")
    @APIResponse(responseCode = "200", description = "A page of the dashboard",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = DashboardPage.class),
                    examples = @ExampleObject(name = "dashboard", value = DashboardExamples.PAGE)))
    @APIResponse(responseCode = "400", description = "Bad page parameters")
    @APIResponse(responseCode = "401", description = "Missing or unknown coach key")
    public DashboardPage dashboard(
            @Parameter(description = "0-based page", example = "0") @QueryParam("page") @DefaultValue("0") @Min(0) @Max(100_000) Integer page,
            @Parameter(description = "Page size, 1–100", example = "20") @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) Integer size) {
        return dashboard.dashboard(coach.id(), page, size);
    }
}
