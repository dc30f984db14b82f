package app.peach.coaching;

import java.net.URI;
import java.util.List;
import java.util.function.IntPredicate;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import app.peach.idempotency.Idempotent;

/** A coach's clients and their daily logs. Another coach's client is a 404. */
@Path("/api/v1/clients")
@Tag(name = "Clients")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.COACH)
@SecurityRequirement(name = "bearer")
@APIResponse(responseCode = "401", description = "Missing or unknown coach key")
public class ClientResource {
    private static final String ID = "The client's id";
    private final ClientService clients;
    private final LogService logs;
    private final CurrentCoach coach;

    ClientResource(ClientService clients, LogService logs, CurrentCoach coach) {
        this.clients = clients;
        this.logs = logs;
        this.coach = coach;
    }

    @POST
    @Idempotent
    @Operation(operationId = "createClient", summary = "Add a client", description = "Creates a client of the calling coach. Height in cm or the imperial "
            + "heightIn; birthDate must give an age of 18–100 today. Answers 201 with Location and the ETag (version 0).")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ClientRequest.class), examples = @ExampleObject(name = "client", value = ClientExamples.REQUEST)))
    @APIResponse(responseCode = "201", description = "Created; Location names the client",
            headers = { @Header(name = "Location", description = "The new client's URL"),
                    @Header(name = "ETag", description = "The client's version, for If-Match") },
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ClientResponse.class),
                    examples = @ExampleObject(name = "created", value = ClientExamples.CREATED)))
    @APIResponse(responseCode = "400", description = "Invalid input")
    public Response create(@Valid @NotNull(message = "a JSON body is required") ClientRequest request) {
        ClientResponse created = clients.create(coach.id(), request);
        return Response.created(URI.create("/api/v1/clients/" + created.id())).tag(String.valueOf(created.version()))
                .entity(created).build();
    }

    @GET
    @Operation(operationId = "listClients", summary = "The coach's clients, by name (0-based pages)",
            description = "Only the calling coach's clients, sorted by name; page is 0-based, size 1–100.")
    @APIResponse(responseCode = "200", description = "A page of clients",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ClientPage.class),
                    examples = @ExampleObject(name = "page", value = ClientExamples.PAGE)))
    @APIResponse(responseCode = "400", description = "Bad page parameters")
    public ClientPage list(
            @Parameter(description = "0-based page", example = "0") @QueryParam("page") @DefaultValue("0") @Min(0) @Max(100_000) Integer page,
            @Parameter(description = "Page size, 1–100", example = "20") @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) Integer size) {
        return clients.list(coach.id(), page, size);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getClient", summary = "One client", description = "The ETag is the client's version, for If-Match on PUT.")
    @APIResponse(responseCode = "200", description = "The client",
            headers = @Header(name = "ETag", description = "The client's version, for If-Match"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ClientResponse.class),
                    examples = @ExampleObject(name = "client", value = ClientExamples.CREATED)))
    @APIResponse(responseCode = "404", description = "No such client of this coach")
    public Response get(@Parameter(description = ID, example = ClientExamples.ID, schema = @Schema(type = SchemaType.STRING, format = "uuid"))
            @PathParam("id") String id) {
        ClientResponse c = clients.get(coach.id(), id);
        return Response.ok(c).tag(String.valueOf(c.version())).build();
    }

    @PUT
    @Path("/{id}")
    @Operation(operationId = "updateClient", summary = "Replace a client (optimistic locking)",
            description = "Send the version you read as If-Match (the ETag; stale: 412) or as \"version\" in the body "
                    + "(stale: 409). Without either: 428.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ClientRequest.class),
            examples = @ExampleObject(name = "update", summary = "With the version read (or send If-Match)", value = ClientExamples.UPDATE)))
    @APIResponse(responseCode = "200", description = "The updated client",
            headers = @Header(name = "ETag", description = "The client's new version"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ClientResponse.class),
                    examples = @ExampleObject(name = "updated", value = ClientExamples.UPDATED)))
    @APIResponse(responseCode = "400", description = "Invalid input")
    @APIResponse(responseCode = "404", description = "No such client of this coach")
    @APIResponse(responseCode = "409", description = "Stale body version")
    @APIResponse(responseCode = "412", description = "Stale If-Match")
    @APIResponse(responseCode = "428", description = "Neither If-Match nor version sent")
    public Response update(@Parameter(description = ID, example = ClientExamples.ID, schema = @Schema(type = SchemaType.STRING, format = "uuid"))
            @PathParam("id") String id, @Parameter(description = "The ETag you read (or send \"version\" in the body)", example = "\"0\"")
            @HeaderParam("If-Match") String ifMatch, @Context Request http,
            @Valid @NotNull(message = "a JSON body is required") ClientRequest request) {
        // JAX-RS judges If-Match (lists, *, strong comparison) against the version the service reads
        IntPredicate ifMatchHolds = ifMatch == null ? null
                : version -> http.evaluatePreconditions(new EntityTag(String.valueOf(version))) == null;
        ClientResponse c = clients.update(coach.id(), id, request, ifMatchHolds);
        return Response.ok(c).tag(String.valueOf(c.version())).build();
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "deleteClient", summary = "Delete a client and all their logs",
            description = "Deletes the client with every weigh-in and intake log (a cascade in the database). 204.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such client of this coach")
    public Response delete(@Parameter(description = ID, example = ClientExamples.ID, schema = @Schema(type = SchemaType.STRING, format = "uuid"))
            @PathParam("id") String id) {
        clients.delete(coach.id(), id);
        return Response.noContent().build();
    }

    @PUT
    @Path("/{id}/weigh-ins/{date}")
    @Operation(operationId = "recordWeighIn", summary = "Record the weigh-in of a date (repeating it replaces it)",
            description = "One weigh-in per ISO date, kg or lb; 201 when the date is new, 200 when it replaces the weigh-in "
                    + "of that date. Dates after tomorrow are refused.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = WeighInRequest.class), examples = @ExampleObject(name = "kg", value = "{\"weightKg\":71.4}")))
    @APIResponse(responseCode = "201", description = "Recorded (new date)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = LogEntries.WeighInEntry.class),
                    examples = @ExampleObject(name = "recorded", value = ClientExamples.WEIGH_IN)))
    @APIResponse(responseCode = "200", description = "Replaced the weigh-in of that date",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = LogEntries.WeighInEntry.class),
                    examples = @ExampleObject(name = "replaced", value = ClientExamples.WEIGH_IN)))
    @APIResponse(responseCode = "400", description = "Invalid date or weight")
    @APIResponse(responseCode = "404", description = "No such client of this coach")
    public Response putWeighIn(@Parameter(description = ID, example = ClientExamples.ID, schema = @Schema(type = SchemaType.STRING, format = "uuid"))
            @PathParam("id") String id,
            @Parameter(description = "ISO date (at most tomorrow)", example = "2026-11-21",
                    schema = @Schema(type = SchemaType.STRING, format = "date")) @PathParam("date") String date,
            @Valid @NotNull(message = "a JSON body is required") WeighInRequest request) {
        var put = logs.putWeighIn(coach.id(), id, date, request);
        return Response.status(put.created() ? 201 : 200).entity(put.entry()).build();
    }

    @GET
    @Path("/{id}/weigh-ins")
    @Operation(operationId = "listWeighIns", summary = "Weigh-ins in a date range (default: the last 90 days)",
            description = "Inclusive ISO dates from and to, at most 3,660 days apart, in date order.")
    @APIResponse(responseCode = "200", description = "Weigh-ins by date",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = LogEntries.WeighInEntry.class, type = SchemaType.ARRAY),
                    examples = @ExampleObject(name = "weigh-ins", value = ClientExamples.WEIGH_INS)))
    @APIResponse(responseCode = "400", description = "Invalid from/to")
    @APIResponse(responseCode = "404", description = "No such client of this coach")
    public List<LogEntries.WeighInEntry> weighIns(@Parameter(description = ID, example = ClientExamples.ID, schema = @Schema(type = SchemaType.STRING, format = "uuid"))
            @PathParam("id") String id,
            @Parameter(description = "First ISO date (default: 90 days before to)", example = "2026-11-17",
                    schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("from") String from,
            @Parameter(description = "Last ISO date (default: today)", example = "2026-11-21",
                    schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("to") String to) {
        return logs.weighIns(coach.id(), id, from, to);
    }

    @PUT
    @Path("/{id}/intake/{date}")
    @Operation(operationId = "recordIntake", summary = "Record the intake of a date (repeating it replaces it)",
            description = "One intake log per ISO date: kcal and, optionally, protein in grams; 201 when new, 200 when "
                    + "it replaces the log of that date.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = IntakeRequest.class), examples = @ExampleObject(name = "day", value = "{\"kcal\":1750,\"proteinG\":120}")))
    @APIResponse(responseCode = "201", description = "Recorded (new date)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = LogEntries.IntakeEntry.class),
                    examples = @ExampleObject(name = "recorded", value = ClientExamples.INTAKE)))
    @APIResponse(responseCode = "200", description = "Replaced the intake of that date",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = LogEntries.IntakeEntry.class),
                    examples = @ExampleObject(name = "replaced", value = ClientExamples.INTAKE)))
    @APIResponse(responseCode = "400", description = "Invalid date or intake")
    @APIResponse(responseCode = "404", description = "No such client of this coach")
    public Response putIntake(@Parameter(description = ID, example = ClientExamples.ID, schema = @Schema(type = SchemaType.STRING, format = "uuid"))
            @PathParam("id") String id,
            @Parameter(description = "ISO date (at most tomorrow)", example = "2026-11-21",
                    schema = @Schema(type = SchemaType.STRING, format = "date")) @PathParam("date") String date,
            @Valid @NotNull(message = "a JSON body is required") IntakeRequest request) {
        var put = logs.putIntake(coach.id(), id, date, request);
        return Response.status(put.created() ? 201 : 200).entity(put.entry()).build();
    }

    @GET
    @Path("/{id}/intake")
    @Operation(operationId = "listIntake", summary = "Intake logs in a date range (default: the last 90 days)",
            description = "Inclusive ISO dates from and to, at most 3,660 days apart, in date order.")
    @APIResponse(responseCode = "200", description = "Intake logs by date",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = LogEntries.IntakeEntry.class, type = SchemaType.ARRAY),
                    examples = @ExampleObject(name = "intake", value = ClientExamples.INTAKES)))
    @APIResponse(responseCode = "400", description = "Invalid from/to")
    @APIResponse(responseCode = "404", description = "No such client of this coach")
    public List<LogEntries.IntakeEntry> intakes(@Parameter(description = ID, example = ClientExamples.ID, schema = @Schema(type = SchemaType.STRING, format = "uuid"))
            @PathParam("id") String id, @Parameter(description = "First ISO date (default: 90 days before to)", example = "2026-11-17",
                    schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("from") String from,
            @Parameter(description = "Last ISO date (default: today)", example = "2026-11-21",
                    schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("to") String to) {
        return logs.intakes(coach.id(), id, from, to);
    }
}
