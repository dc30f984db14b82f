package app.peach.bodycomposition;

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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import app.peach.validation.Bodies;

import io.smallrye.common.annotation.NonBlocking;

@Path("/api/v1/body-composition")
@Tag(name = "Body composition")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@NonBlocking // pure calculation: no I/O, so no worker-thread hop
public class BodyCompositionResource {
    private final BodyCompositionService service;
    private final Bodies bodies;

    BodyCompositionResource(BodyCompositionService service, Bodies bodies) {
        this.service = service;
        this.bodies = bodies;
    }

    @POST
    @Operation(operationId = "calculateBodyComposition", summary = "Body fat and waist ratios from a tape measure",
            description = """
                    US Navy body fat (Hodgdon & Beckett 1984; men: waist and neck, women: waist, hip and neck), \
                    relative fat mass (Woolcott & Bergman, Sci Rep 2018), waist-to-hip ratio (WHO 2008 cut-offs \
                    0.90 men / 0.85 women: WAIST_TO_HIP_HIGH) and waist-to-height ratio (0.5: WAIST_TO_HEIGHT_HIGH), \
                    and fat-free mass = weight × (1 − Navy % / 100). Every measure in cm (kg) or inches (lb), exactly \
                    one of a pair; girths 10–250 cm and a waist larger than the neck. A figure whose inputs are \
                    missing is null; percentages to 0.1, ratios to 0.01.""")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = BodyCompositionRequest.class),
            examples = {
                    @ExampleObject(name = "woman", summary = "Woman, metric (the contract's worked example)",
                            value = BodyCompositionExamples.REQUEST_WOMAN),
                    @ExampleObject(name = "man-imperial", summary = "Man, inches and pounds, no hip",
                            value = BodyCompositionExamples.REQUEST_MAN_IMPERIAL) }))
    @APIResponse(responseCode = "200", description = "Body composition",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = BodyCompositionResponse.class),
                    examples = @ExampleObject(name = "woman", value = BodyCompositionExamples.RESPONSE_WOMAN)))
    @APIResponse(responseCode = "400", description = "Invalid input; violations name each bad field",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem"),
                    examples = @ExampleObject(name = "waist-not-above-neck", value = BodyCompositionExamples.VALIDATION_PROBLEM)))
    public BodyCompositionResponse calculate(BodyCompositionRequest request) {
        return service.calculate(bodies.valid(request));
    }
}
