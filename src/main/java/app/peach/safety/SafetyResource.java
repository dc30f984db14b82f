package app.peach.safety;

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

@Path("/api/v1/safety/evaluate")
@Tag(name = "Safety")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@NonBlocking // pure calculation over in-memory catalogs: no I/O, so no worker-thread hop
public class SafetyResource {
    private final SafetyService service;
    private final Bodies bodies;

    SafetyResource(SafetyService service, Bodies bodies) {
        this.service = service;
        this.bodies = bodies;
    }

    @POST
    @Operation(operationId = "evaluateSafety", summary = "Judge a proposed plan against the safety rules",
            description = """
                    Evaluates a plan (intake, pace, protein, training week, aerobic minutes, ...) for a person. \
                    activityLevel (default sedentary) sets the maintenance (Mifflin–St Jeor × activity factor) that \
                    deficits and surpluses are measured from. Every finding names the source of its threshold; \
                    verdict is ok (no warning or block), caution (a warning) or unsafe (any block). A rule whose \
                    inputs are absent says nothing. The week is a cycle: day 7 is followed by day 1.""")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = SafetyRequest.class),
            examples = {
                    @ExampleObject(name = "crash-diet", summary = "A crash diet aimed at the belly and glutes",
                            value = SafetyExamples.CRASH_DIET),
                    @ExampleObject(name = "training-week", summary = "Glutes on consecutive days (and day 7 → day 1)",
                            value = SafetyExamples.TRAINING_WEEK),
                    @ExampleObject(name = "energy-availability", summary = "Low energy availability (RED-S)",
                            value = SafetyExamples.ENERGY_AVAILABILITY) }))
    @APIResponse(responseCode = "200", description = "The verdict and its findings",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SafetyResponse.class),
                    examples = @ExampleObject(name = "crash-diet", value = SafetyExamples.RESPONSE)))
    @APIResponse(responseCode = "400", description = "Invalid input; violations name each bad field")
    public SafetyResponse evaluate(SafetyRequest request) {
        return service.evaluate(bodies.valid(request));
    }
}
