package app.peach.checkins;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import app.peach.coaching.CurrentCoach;
import app.peach.coaching.Roles;
import app.peach.idempotency.Idempotent;

/** Check-ins of a client: proposals of new targets that the coach approves or rejects. */
@Path("/api/v1/clients/{id}/check-ins")
@Tag(name = "Check-ins")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.COACH)
@SecurityRequirement(name = "bearer")
@APIResponse(responseCode = "401", description = "Missing or unknown coach key")
public class CheckInResource {
    private final CheckInService checkIns;
    private final CurrentCoach coach;

    CheckInResource(CheckInService checkIns, CurrentCoach coach) {
        this.checkIns = checkIns;
        this.coach = coach;
    }

    @POST
    @Idempotent
    @Operation(operationId = "proposeCheckIn", summary = "Propose new targets from the last 14 days of logs",
            description = """
                    Looks at the last 14 days (today included). With fewer than 10 days of weigh-ins or fewer than 10 \
                    of intake: status no_change, reason not_enough_data. Otherwise status pending: the targets \
                    calculator with the adaptive expenditure as maintenance (as in progress; the formula while the \
                    logs cannot tell it yet), its targetKcal moved at most 150 kcal/day from the approved targetKcal \
                    (reason capped; the first check-in, with nothing approved, is not capped), never under the \
                    calorie floor. At most one check-in is pending per client: another proposal while one is pending \
                    is a 409. A pending proposal fires check_in.proposed. No body.""")
    @APIResponse(responseCode = "201", description = "Made; Location names the check-in",
            headers = @Header(name = "Location", description = "The check-in's URL", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CheckInResponse.class),
                    examples = {
                            @ExampleObject(name = "capped", summary = "Pending, moved 150 kcal towards the calculator",
                                    value = CheckInExamples.PENDING_CAPPED),
                            @ExampleObject(name = "not-enough-data", summary = "9 of 14 days logged",
                                    value = CheckInExamples.NO_CHANGE) }))
    @APIResponse(responseCode = "404", description = "No such client of this coach")
    @APIResponse(responseCode = "409", description = "A check-in of this client is still pending")
    public Response propose(@Parameter(description = "The client's id", example = "0b6c8e9e-3f4a-4d5b-9c2e-7a1f0d4e8b21") @PathParam("id") String id) {
        CheckInResponse made = checkIns.propose(coach.id(), id);
        return Response.created(URI.create("/api/v1/clients/" + id + "/check-ins/" + made.id())).entity(made).build();
    }

    @GET
    @Operation(operationId = "listCheckIns", summary = "The client's check-ins, newest first",
            description = "Every check-in of the client, whatever its status, the most recent first.")
    @APIResponse(responseCode = "200", description = "Check-ins, newest first",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CheckInResponse.class, type = SchemaType.ARRAY),
                    examples = @ExampleObject(name = "one", value = CheckInExamples.LIST)))
    @APIResponse(responseCode = "404", description = "No such client of this coach")
    public List<CheckInResponse> list(@Parameter(description = "The client's id", example = "0b6c8e9e-3f4a-4d5b-9c2e-7a1f0d4e8b21") @PathParam("id") String id) {
        return checkIns.list(coach.id(), id);
    }

    @GET
    @Path("/{checkInId}")
    @Operation(operationId = "getCheckIn", summary = "One check-in", description = "The check-in as it stands now.")
    @APIResponse(responseCode = "200", description = "The check-in",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CheckInResponse.class),
                    examples = @ExampleObject(name = "no-change", value = CheckInExamples.NO_CHANGE)))
    @APIResponse(responseCode = "404", description = "No such client of this coach, or no such check-in of the client")
    public CheckInResponse get(@Parameter(description = "The client's id", example = "0b6c8e9e-3f4a-4d5b-9c2e-7a1f0d4e8b21") @PathParam("id") String id,
            @Parameter(description = "The check-in's id", example = CheckInExamples.ID) @PathParam("checkInId") String checkInId) {
        return checkIns.get(coach.id(), id, checkInId);
    }

    @POST
    @Path("/{checkInId}/approve")
    @Operation(operationId = "approveCheckIn", summary = "Approve a pending check-in: its targets become the client's",
            description = "Only a pending check-in can be approved; anything else, including the loser of two "
                    + "approvals racing, is a 409 (the database decides: a conditional update of the pending row). "
                    + "Fires check_in.approved. No body.")
    @APIResponse(responseCode = "200", description = "Approved",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CheckInResponse.class),
                    examples = @ExampleObject(name = "approved", value = CheckInExamples.APPROVED)))
    @APIResponse(responseCode = "404", description = "No such client of this coach, or no such check-in of the client")
    @APIResponse(responseCode = "409", description = "The check-in is not pending",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem"),
                    examples = @ExampleObject(name = "already-approved", value = CheckInExamples.CONFLICT)))
    public CheckInResponse approve(@Parameter(description = "The client's id", example = "0b6c8e9e-3f4a-4d5b-9c2e-7a1f0d4e8b21") @PathParam("id") String id,
            @Parameter(description = "The check-in's id", example = CheckInExamples.ID) @PathParam("checkInId") String checkInId) {
        return checkIns.approve(coach.id(), id, checkInId);
    }

    @POST
    @Path("/{checkInId}/reject")
    @Operation(operationId = "rejectCheckIn", summary = "Reject a pending check-in: the approved targets stay",
            description = "Only a pending check-in can be rejected; anything else is a 409. No body.")
    @APIResponse(responseCode = "200", description = "Rejected",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CheckInResponse.class),
                    examples = @ExampleObject(name = "rejected", value = CheckInExamples.REJECTED)))
    @APIResponse(responseCode = "404", description = "No such client of this coach, or no such check-in of the client")
    @APIResponse(responseCode = "409", description = "The check-in is not pending")
    public CheckInResponse reject(@Parameter(description = "The client's id", example = "0b6c8e9e-3f4a-4d5b-9c2e-7a1f0d4e8b21") @PathParam("id") String id,
            @Parameter(description = "The check-in's id", example = CheckInExamples.ID) @PathParam("checkInId") String checkInId) {
        return checkIns.reject(coach.id(), id, checkInId);
    }
}
