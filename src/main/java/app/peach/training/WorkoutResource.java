package app.peach.training;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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

/** A client's training log: one workout per date. Another coach's client is a 404. */
@Path("/api/v1/clients/{id}/workouts")
@Tag(name = "Training", description = "A client's training log and the next loads it gives (coach key)")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.COACH)
@SecurityRequirement(name = "bearer")
@APIResponse(responseCode = "401", description = "Missing or unknown coach key")
public class WorkoutResource {
    private final WorkoutService workouts;
    private final CurrentCoach coach;

    WorkoutResource(WorkoutService workouts, CurrentCoach coach) {
        this.workouts = workouts;
        this.coach = coach;
    }

    @PUT
    @Path("/{date}")
    @Operation(operationId = "recordWorkout", summary = "Record the workout of a date (repeating it replaces it)",
            description = "What the client did: each exercise a catalog slug (at most once), its sets with reps (0–100; 0 "
                    + "is a failed attempt), loadKg (0–1,000, left out for bodyweight work) and reps in reserve (0–10). "
                    + "repsMin/repsMax (the target range the next load is decided by) default to the catalog "
                    + "prescription's reps for both. 201 when the date is new, 200 when it replaces that date's workout. "
                    + "Dates after tomorrow are refused. Fires workout.recorded.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = WorkoutRequest.class),
            examples = @ExampleObject(name = "lower body", value = TrainingExamples.WORKOUT_REQUEST)))
    @APIResponse(responseCode = "201", description = "Recorded (new date)", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = Workout.class), examples = @ExampleObject(name = "recorded", value = TrainingExamples.WORKOUT)))
    @APIResponse(responseCode = "200", description = "Replaced the workout of that date", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Workout.class),
            examples = @ExampleObject(name = "replaced", value = TrainingExamples.WORKOUT)))
    @APIResponse(responseCode = "400", description = "Invalid date, unknown exercise or out-of-range numbers; violations "
            + "name each field by its JSON path (exercises[0].sets[1].reps)")
    @APIResponse(responseCode = "404", description = "No such client of this coach")
    public Response record(@Parameter(description = "The client's id", example = "0b6c8e9e-3f4a-4d5b-9c2e-7a1f0d4e8b21") @PathParam("id") String id,
            @Parameter(description = "ISO date", example = "2026-11-20") @PathParam("date") String date,
            @Valid @NotNull(message = "a JSON body is required") WorkoutRequest request) {
        var put = workouts.put(coach.id(), id, date, request);
        return Response.status(put.created() ? 201 : 200).entity(put.workout()).build();
    }

    @GET
    @Path("/{date}")
    @Operation(operationId = "getWorkout", summary = "The workout of a date",
            description = "The workout as recorded, with each exercise's name and resolved rep range.")
    @APIResponse(responseCode = "200", description = "The workout", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = Workout.class), examples = @ExampleObject(name = "workout", value = TrainingExamples.WORKOUT)))
    @APIResponse(responseCode = "400", description = "Invalid date")
    @APIResponse(responseCode = "404", description = "No such client of this coach, or no workout on that date")
    public Workout get(@Parameter(description = "The client's id", example = "0b6c8e9e-3f4a-4d5b-9c2e-7a1f0d4e8b21") @PathParam("id") String id,
            @Parameter(description = "ISO date", example = "2026-11-20") @PathParam("date") String date) {
        return workouts.get(coach.id(), id, date);
    }

    @GET
    @Operation(operationId = "listWorkouts", summary = "Workouts in a date range (default: the last 90 days)",
            description = "Inclusive ISO dates from and to, at most 3,660 days apart, in date order.")
    @APIResponse(responseCode = "200", description = "Workouts by date", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = Workout.class, type = SchemaType.ARRAY),
            examples = @ExampleObject(name = "workouts", value = TrainingExamples.WORKOUTS)))
    @APIResponse(responseCode = "400", description = "Invalid from/to")
    @APIResponse(responseCode = "404", description = "No such client of this coach")
    public List<Workout> list(@Parameter(description = "The client's id", example = "0b6c8e9e-3f4a-4d5b-9c2e-7a1f0d4e8b21") @PathParam("id") String id,
            @Parameter(description = "First ISO date", example = "2026-10-01") @QueryParam("from") String from,
            @Parameter(description = "Last ISO date", example = "2026-11-23") @QueryParam("to") String to) {
        return workouts.list(coach.id(), id, from, to);
    }

    @DELETE
    @Path("/{date}")
    @Operation(operationId = "deleteWorkout", summary = "Delete the workout of a date",
            description = "Deletes the workout with its exercises and sets. 204.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "400", description = "Invalid date")
    @APIResponse(responseCode = "404", description = "No such client of this coach, or no workout on that date")
    public Response delete(@Parameter(description = "The client's id", example = "0b6c8e9e-3f4a-4d5b-9c2e-7a1f0d4e8b21") @PathParam("id") String id,
            @Parameter(description = "ISO date", example = "2026-11-20") @PathParam("date") String date) {
        workouts.delete(coach.id(), id, date);
        return Response.noContent().build();
    }
}
