package app.peach.measurements;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import app.peach.coaching.CurrentCoach;
import app.peach.coaching.Roles;

/** A client's tape measurements by date. Another coach's client is a 404. */
@Path("/api/v1/clients/{id}/measurements")
@Tag(name = "Measurements")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.COACH)
@SecurityRequirement(name = "bearer")
@APIResponse(responseCode = "401", description = "Missing or unknown coach key")
public class MeasurementResource {
    private final MeasurementService measurements;
    private final CurrentCoach coach;

    MeasurementResource(MeasurementService measurements, CurrentCoach coach) {
        this.measurements = measurements;
        this.coach = coach;
    }

    @PUT
    @Path("/{date}")
    @Operation(operationId = "recordMeasurement", summary = "Record the measurements of a date (repeating it replaces them)",
            description = "One set of measurements per ISO date: waist, hip, thigh and neck in cm (or the inch fields), "
                    + "measured body fat in %, at least one of them; a figure left out of a repeated PUT is cleared. "
                    + "201 when the date is new, 200 when it replaces that date's measurements. Girths 10–250 cm, the "
                    + "waist larger than the neck. The answer adds the US Navy body-fat estimate from the tape and the "
                    + "client's height when waist and neck (and, for women, hip) are there. Fires measurement.recorded.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = MeasurementRequest.class),
            examples = {
                    @ExampleObject(name = "tape", summary = "Tape measurements in cm", value = MeasurementExamples.REQUEST),
                    @ExampleObject(name = "inches", summary = "Waist and hips in inches",
                            value = MeasurementExamples.REQUEST_INCHES) }))
    @APIResponse(responseCode = "201", description = "Recorded (new date)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MeasurementEntry.class),
                    examples = @ExampleObject(name = "tape", value = MeasurementExamples.ENTRY)))
    @APIResponse(responseCode = "200", description = "Replaced the measurements of that date",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MeasurementEntry.class),
                    examples = @ExampleObject(name = "tape", value = MeasurementExamples.ENTRY)))
    @APIResponse(responseCode = "400", description = "Invalid date or figures; violations name each bad field",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem"),
                    examples = @ExampleObject(name = "both-of-a-pair", value = MeasurementExamples.VALIDATION_PROBLEM)))
    @APIResponse(responseCode = "404", description = "No such client of this coach")
    public Response record(@Parameter(description = "The client's id", example = "0b6c8e9e-3f4a-4d5b-9c2e-7a1f0d4e8b21") @PathParam("id") String id,
            @Parameter(description = "ISO date, not after tomorrow", example = "2026-11-19") @PathParam("date") String date,
            @Valid @NotNull(message = "a JSON body is required") MeasurementRequest request) {
        var put = measurements.put(coach.id(), id, date, request);
        return Response.status(put.created() ? 201 : 200).entity(put.entry()).build();
    }

    @GET
    @Operation(operationId = "listMeasurements", summary = "Measurements in a date range (default: the last 90 days)",
            description = "Inclusive ISO dates from and to, at most 3,660 days apart, in date order.")
    @APIResponse(responseCode = "200", description = "Measurements by date",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = MeasurementEntry.class, type = SchemaType.ARRAY),
                    examples = @ExampleObject(name = "two-dates", value = MeasurementExamples.LIST)))
    @APIResponse(responseCode = "400", description = "Invalid from/to")
    @APIResponse(responseCode = "404", description = "No such client of this coach")
    public List<MeasurementEntry> list(@Parameter(description = "The client's id", example = "0b6c8e9e-3f4a-4d5b-9c2e-7a1f0d4e8b21") @PathParam("id") String id,
            @Parameter(description = "First ISO date (inclusive)", example = "2026-10-01") @QueryParam("from") String from,
            @Parameter(description = "Last ISO date (inclusive)", example = "2026-11-30") @QueryParam("to") String to) {
        return measurements.list(coach.id(), id, from, to);
    }
}
