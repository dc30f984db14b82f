package app.peach.training;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
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

/** What a client's logged workouts say: next loads, weekly sets, volume findings. Another coach's client is a 404. */
@Path("/api/v1/clients/{id}/training")
@Tag(name = "Training")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.COACH)
@SecurityRequirement(name = "bearer")
@APIResponse(responseCode = "401", description = "Missing or unknown coach key")
public class TrainingResource {
    private final TrainingService training;
    private final CurrentCoach coach;

    TrainingResource(TrainingService training, CurrentCoach coach) {
        this.training = training;
        this.coach = coach;
    }

    @GET
    @Operation(operationId = "getTraining", summary = "Next loads, weekly sets per muscle and volume findings",
            description = """
                    Over from..to (default: the last 28 days), per exercise: its sessions, the best estimated 1RM \
                    (Epley, load × (1 + (reps + rir) / 30), sets with 1 ≤ reps + rir ≤ 12) and the decision for next \
                    session by double progression (ACSM 2009): increase (the last two sessions had every set at \
                    repsMax or more: + max(2.5 kg, 5 % in 2.5 kg steps)), deload (the last three had a set below \
                    repsMin: 90 % on the 2.5 kg grid), hold, or no_data (done in the same length of time before the \
                    period, not in it). weeklySets: working sets of the last 7 days per muscle (1 per primary, 0.5 \
                    per secondary; activation, stretch and cardio not counted). Findings: VOLUME_BELOW_GROWTH_DOSE \
                    (info; glute_growth under 10 sets for gluteus_maximus, hip_dips under 10 for gluteus_medius) and \
                    VOLUME_ABOVE_STUDIED_RANGE (warning; over 20 sets for a muscle). At most 366 days.""")
    @APIResponse(responseCode = "200", description = "The client's training", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = TrainingResponse.class),
            examples = @ExampleObject(name = "training", value = TrainingExamples.TRAINING)))
    @APIResponse(responseCode = "400", description = "Invalid from/to")
    @APIResponse(responseCode = "404", description = "No such client of this coach")
    public TrainingResponse training(@Parameter(description = "The client's id", example = "0b6c8e9e-3f4a-4d5b-9c2e-7a1f0d4e8b21") @PathParam("id") String id,
            @Parameter(description = "First ISO date (default: 27 days before to)", example = "2026-10-27") @QueryParam("from") String from,
            @Parameter(description = "Last ISO date (default: today)", example = "2026-11-23") @QueryParam("to") String to) {
        return training.training(coach.id(), id, from, to);
    }
}
