package app.peach.energy;

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

@Path("/api/v1/energy")
@Tag(name = "Energy")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@NonBlocking // pure calculation over in-memory catalogs: no I/O, so no worker-thread hop
public class EnergyResource {
    private final EnergyService service;
    private final Bodies bodies;

    EnergyResource(EnergyService service, Bodies bodies) {
        this.service = service;
        this.bodies = bodies;
    }

    @POST
    @Operation(operationId = "calculateEnergy", summary = "Energy needs: BMR, TDEE and the Dietary Guidelines estimate",
            description = """
                    Computes resting and total energy expenditure by the requested formula (default \
                    mifflin_st_jeor), lists the estimate of every formula the inputs allow, looks up the \
                    Dietary Guidelines 2020–2025 Table A2-2 row for the person's sex and age at the mapped \
                    activity level, and classifies BMI by the WHO bands. katch_mcardle and cunningham need \
                    bodyFatPercent; iom_2005_eer and nasem_2023_eer need age 19+ and have a null bmrKcal.""")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = EnergyRequest.class),
            examples = {
                    @ExampleObject(name = "metric", summary = "Woman, metric, default formula",
                            value = EnergyExamples.REQUEST_METRIC),
                    @ExampleObject(name = "imperial-katch-mcardle", summary = "Man, imperial, Katch–McArdle",
                            value = EnergyExamples.REQUEST_IMPERIAL_KATCH),
                    @ExampleObject(name = "nasem-2023", summary = "NASEM 2023 EER", value = EnergyExamples.REQUEST_NASEM) }))
    @APIResponse(responseCode = "200", description = "Energy needs",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EnergyResponse.class),
                    examples = @ExampleObject(name = "metric", value = EnergyExamples.RESPONSE)))
    @APIResponse(responseCode = "400", description = "Invalid input; violations name each bad field",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem"),
                    examples = @ExampleObject(name = "out-of-range", value = EnergyExamples.VALIDATION_PROBLEM)))
    public EnergyResponse energy(EnergyRequest request) {
        return service.energy(bodies.valid(request));
    }
}
