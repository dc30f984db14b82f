package app.peach.projections;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import io.smallrye.common.annotation.NonBlocking;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import app.peach.validation.Bodies;

import io.smallrye.mutiny.Uni;

@Path("/api/v1/projections")
@Tag(name = "Projections")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@NonBlocking // the event loop validates the body and runs a projection of up to a year; anything longer or a solve runs on the bounded ProjectionPool
public class ProjectionResource {
    private final ProjectionService service;
    private final ProjectionPool pool;
    private final Bodies bodies;

    ProjectionResource(ProjectionService service, ProjectionPool pool, Bodies bodies) {
        this.service = service;
        this.pool = pool;
        this.bodies = bodies;
    }

    @POST
    @Operation(operationId = "projectWeight", summary = "Project weight with the dynamic energy-balance model (Hall et al., Lancet 2011)",
            description = """
                    The adult model behind the NIH Body Weight Planner (fat and lean mass by Forbes' law, glycogen \
                    and its water, extracellular fluid, adaptive thermogenesis, thermic effect of food, activity \
                    scaled by weight; RK4, one-day step). The energy request (activityLevel required; a physicalActivityLevel sent beside it wins) plus exactly one of dailyKcal (planned intake), \
                    dailyKcalChange (change from today's intake), or targetWeightKg with targetDate or days: then a \
                    solver finds the constant intake that reaches the target on that day (kcalToReachTarget) and the \
                    intake that holds it afterwards (kcalToMaintainTarget). Baseline intake = PAL × the model's own \
                    Mifflin RMR. Weekly points; beside them the static 7,700 kcal/kg rule, which overpromises. The \
                    plan is judged by the safety rules (floor; the weekly rate over the first four weeks).""")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ProjectionRequest.class),
            examples = {
                    @ExampleObject(name = "reference-run", summary = "The published reference run: −500 kcal/day",
                            value = ProjectionExamples.REFERENCE_RUN),
                    @ExampleObject(name = "planned-intake", summary = "A planned intake of 1,700 kcal/day",
                            value = ProjectionExamples.PLANNED_INTAKE),
                    @ExampleObject(name = "target", summary = "72 kg in 180 days", value = ProjectionExamples.TARGET) }))
    @APIResponse(responseCode = "200", description = "The projection",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProjectionResponse.class),
                    examples = @ExampleObject(name = "reference-run", value = ProjectionExamples.RESPONSE)))
    @APIResponse(responseCode = "400", description = "Invalid input; violations name each bad field")
    @APIResponse(responseCode = "503", description = "Every projection worker is busy; retry after the Retry-After delay",
            headers = @Header(name = "Retry-After", description = "Seconds to wait before retrying",
                    schema = @Schema(type = SchemaType.INTEGER)))
    public Uni<ProjectionResponse> project(ProjectionRequest body) {
        ProjectionRequest request = bodies.valid(body);
        if (ProjectionService.costsLikeACalculator(request)) {
            return Uni.createFrom().item(() -> service.project(request));
        }
        return pool.run(() -> service.project(request));
    }
}
