package app.peach.targets;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import io.smallrye.common.annotation.NonBlocking;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import app.peach.validation.Bodies;

@Path("/api/v1/targets")
@Tag(name = "Goals and targets")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@NonBlocking // pure calculation over in-memory catalogs: no I/O, so no worker-thread hop
public class TargetsResource {
    private final TargetsService service;
    private final Bodies bodies;

    TargetsResource(TargetsService service, Bodies bodies) {
        this.service = service;
        this.bodies = bodies;
    }

    @POST
    @Operation(operationId = "calculateTargets", summary = "Calories and macros for a glute-training goal",
            description = """
                    Maintenance by the chosen formula (default mifflin_st_jeor) × activity, then the goal's calorie \
                    policy from the goal catalog: a modest surplus for glute_growth (+5–10 %, at most +500 kcal), a \
                    deficit from weeklyRateKg for fat_loss (7,700 kcal per kg; default 0.5 kg/week; never faster than \
                    0.9 kg/week or more than 1,000 kcal/day), maintenance to +5 % for hip_dips, maintenance for \
                    butt_lift and maintenance. Without medicallySupervised the target never falls below 1,200 kcal \
                    (women) / 1,500 (men): it is clamped and a finding says so. Macros: protein at the goal's g/kg \
                    point, fat at the goal's share (≥ 20 % of energy), carbohydrate the rest, fiber 14 g per 1,000 kcal. \
                    The recommendation is judged by the same rules as /safety/evaluate.""")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = TargetsRequest.class),
            examples = {
                    @ExampleObject(name = "glute_growth", summary = "Bigger glutes: a modest surplus",
                            value = TargetExamples.GLUTE_GROWTH),
                    @ExampleObject(name = "fat_loss", summary = "Smaller butt: 0.5 kg a week towards 70 kg",
                            value = TargetExamples.FAT_LOSS),
                    @ExampleObject(name = "hip_dips", summary = "Hip dips: maintenance to a slight surplus",
                            value = TargetExamples.HIP_DIPS),
                    @ExampleObject(name = "butt_lift", summary = "Sagging butt: maintenance (imperial input)",
                            value = TargetExamples.BUTT_LIFT),
                    @ExampleObject(name = "maintenance", summary = "Maintain", value = TargetExamples.MAINTENANCE) }))
    @APIResponse(responseCode = "200", description = "Targets with their safety verdict",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TargetsResponse.class),
                    examples = @ExampleObject(name = "glute_growth", value = TargetExamples.RESPONSE)))
    @APIResponse(responseCode = "400", description = "Invalid input; violations name each bad field")
    public TargetsResponse targets(TargetsRequest request) {
        return service.targets(bodies.valid(request));
    }
}
