package app.peach.programs;

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

@Path("/api/v1/programs")
@Tag(name = "Programs")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@NonBlocking // pure calculation over in-memory catalogs: no I/O, so no worker-thread hop
public class ProgramResource {
    private final ProgramService service;
    private final Bodies bodies;

    ProgramResource(ProgramService service, Bodies bodies) {
        this.service = service;
        this.bodies = bodies;
    }

    @POST
    @Operation(operationId = "buildProgram", summary = "A weekly training plan for a goal, level and home gym",
            description = """
                    All seven days in order, built from the exercise catalog: only exercises whose equipment the \
                    client has (bodyweight always), daysPerWeek strength days with no prime mover loaded two days in \
                    a row (day 7 is followed by day 1), beginners on bodyweight and band work after an activation \
                    check, intermediate and advanced on weighted compound lifts with progressive overload, and the \
                    goal's emphasis (hip_dips: side-glute isolation and core; butt_lift: daily hip-flexor stretch and \
                    single-leg hip extension; fat_loss: moderate strength work and 150 min of cardio; glute_growth: \
                    glute volume from several angles). sessionMinutes bounds each day. weeklyExerciseKcal needs \
                    weightKg (METs × kg × hours). The same request always gives the same plan.""")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ProgramRequest.class),
            examples = {
                    @ExampleObject(name = "glute_growth", summary = "Intermediate, barbell home gym, 4 days",
                            value = ProgramExamples.GLUTE_GROWTH),
                    @ExampleObject(name = "fat_loss", summary = "Beginner with a band, 3 days", value = ProgramExamples.FAT_LOSS),
                    @ExampleObject(name = "hip_dips", summary = "Beginner, band and ankle weight", value = ProgramExamples.HIP_DIPS),
                    @ExampleObject(name = "butt_lift", summary = "Beginner who sits most of the day, no equipment",
                            value = ProgramExamples.BUTT_LIFT),
                    @ExampleObject(name = "maintenance", summary = "Advanced, 5 days", value = ProgramExamples.MAINTENANCE) }))
    @APIResponse(responseCode = "200", description = "The weekly plan",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProgramResponse.class),
                    examples = @ExampleObject(name = "glute_growth", value = ProgramExamples.RESPONSE)))
    @APIResponse(responseCode = "400", description = "Invalid input; violations name each bad field")
    public ProgramResponse program(ProgramRequest request) {
        return service.program(bodies.valid(request));
    }
}
