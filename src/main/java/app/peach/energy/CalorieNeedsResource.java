package app.peach.energy;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import app.peach.vocabulary.Sex;
import io.smallrye.common.annotation.NonBlocking;

@Path("/api/v1/calorie-needs")
@Tag(name = "Energy")
@Produces(MediaType.APPLICATION_JSON)
@NonBlocking // pure calculation over in-memory catalogs: no I/O, so no worker-thread hop
public class CalorieNeedsResource {
    private final EnergyService service;

    CalorieNeedsResource(EnergyService service) {
        this.service = service;
    }

    @GET
    @Operation(operationId = "getCalorieNeeds", summary = "Estimated calorie needs from the Dietary Guidelines table",
            description = """
                    One row of the Dietary Guidelines for Americans 2020–2025, Appendix 2, Table A2-2: estimated \
                    calories per day by sex, age (2 and up; the "76 and up" row serves every older age) and the \
                    guidelines' own three activity levels.""")
    @APIResponse(responseCode = "200", description = "The table row",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CalorieNeedsResponse.class),
                    examples = @ExampleObject(name = "female-30", value = EnergyExamples.CALORIE_NEEDS_RESPONSE)))
    @APIResponse(responseCode = "400", description = "A missing or invalid query parameter")
    public CalorieNeedsResponse calorieNeeds(
            @Parameter(required = true, example = "female") @QueryParam("sex") @NotNull Sex sex,
            @Parameter(required = true, description = "Age in whole years, 2–100", example = "30",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "2", maximum = "100"))
            @QueryParam("age") @NotNull @Min(BodyLimits.MIN_CATALOG_AGE) @Max(BodyLimits.MAX_AGE) Integer age,
            @Parameter(required = true, description = "The guidelines' activity level", example = "moderately_active")
            @QueryParam("activityLevel") @NotNull DgaActivityLevel activityLevel) {
        return service.calorieNeeds(sex, age, activityLevel);
    }
}
