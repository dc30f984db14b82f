package app.peach.exercises;

import java.util.EnumSet;
import java.util.List;
import java.util.function.Supplier;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
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
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import app.peach.vocabulary.Equipment;
import app.peach.vocabulary.Goal;
import app.peach.vocabulary.Level;
import app.peach.vocabulary.Muscle;
import app.peach.vocabulary.NotFound;
import io.smallrye.common.annotation.NonBlocking;

/**
 * The exercise catalog and its vocabularies. Served from memory with a strong ETag (the catalog's
 * fingerprint) and Cache-Control; If-None-Match with the current tag answers 304.
 */
@Path("/api/v1")
@Tag(name = "Exercises")
@Produces(MediaType.APPLICATION_JSON)
@NonBlocking // pure calculation over in-memory catalogs: no I/O, so no worker-thread hop
public class ExerciseResource {

    /** Catalog responses may be cached by anyone for an hour; the ETag revalidates them after that. */
    private static final String CACHE_CONTROL = "public, max-age=3600";
    /** The conditional-request header every catalog operation honours (JAX-RS evaluates it against the ETag). */
    private static final String IF_NONE_MATCH = "The ETag you hold: 304 when the catalog has not changed since";
    private final ExerciseCatalog catalog;

    ExerciseResource(ExerciseCatalog catalog) {
        this.catalog = catalog;
    }

    @GET
    @Parameter(name = "If-None-Match", in = ParameterIn.HEADER, description = IF_NONE_MATCH, schema = @Schema(type = SchemaType.STRING))
    @Path("/exercises")
    @Operation(operationId = "listExercises", summary = "List exercises, filtered and paginated",
            description = """
                    Filters combine (AND): `muscle` (primary or secondary), `level` (exactly that level), `equipment` \
                    (repeat it for everything the client has: an exercise matches when all it needs is there; \
                    bodyweight always is), and `goal`. Pages are 0-based.""")
    @APIResponse(responseCode = "200", description = "One page of matching exercises",
            headers = { @Header(name = "ETag", description = "Catalog fingerprint; send it back as If-None-Match"),
                    @Header(name = "Cache-Control", description = "public, max-age=3600") },
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ExercisePage.class),
                    examples = @ExampleObject(name = "band-and-dumbbell", value = ExerciseExamples.PAGE)))
    @APIResponse(responseCode = "304", description = "Not modified (If-None-Match matched the ETag)", headers = {
            @Header(name = "ETag", description = "Catalog fingerprint"), @Header(name = "Cache-Control", description = "public, max-age=3600") })
    @APIResponse(responseCode = "400", description = "An unknown filter value or a bad page parameter")
    public Response list(
            @Parameter(description = "Muscle slug", example = "gluteus_medius") @QueryParam("muscle") Muscle muscle,
            @Parameter(description = "Level", example = "beginner") @QueryParam("level") Level level,
            @Parameter(description = "Equipment the client has (repeat the parameter for each)",
                    examples = @ExampleObject(name = "band-and-dumbbell", value = "[\"resistance_band\",\"dumbbell\"]"),
                    schema = @Schema(type = SchemaType.ARRAY, implementation = Equipment.class))
            @QueryParam("equipment") @Size(max = 20) List<Equipment> equipment,
            @Parameter(description = "Goal", example = "hip_dips") @QueryParam("goal") Goal goal,
            @Parameter(description = "0-based page", example = "0") @QueryParam("page") @DefaultValue("0") @Min(0)
            @Max(10_000) Integer page,
            @Parameter(description = "Page size, 1–100", example = "2") @QueryParam("size") @DefaultValue("20") @Min(1)
            @Max(100) Integer size,
            @Context Request request) {
        var available = equipment == null || equipment.isEmpty() ? null : EnumSet.copyOf(equipment);
        return cached(request, () -> catalog.page(new ExerciseFilter(muscle, level, available, goal), page, size));
    }

    @GET
    @Parameter(name = "If-None-Match", in = ParameterIn.HEADER, description = IF_NONE_MATCH, schema = @Schema(type = SchemaType.STRING))
    @Path("/exercises/{slug}")
    @Operation(operationId = "getExercise", summary = "One exercise", description = "Muscles, equipment, level, kind, cues, MET value and "
            + "Compendium code, default prescription, goals and references.")
    @APIResponse(responseCode = "200", description = "The exercise",
            headers = { @Header(name = "ETag", description = "Catalog fingerprint; send it back as If-None-Match"),
                    @Header(name = "Cache-Control", description = "public, max-age=3600") },
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Exercise.class),
                    examples = @ExampleObject(name = "barbell_hip_thrust", value = ExerciseExamples.EXERCISE)))
    @APIResponse(responseCode = "304", description = "Not modified (If-None-Match matched the ETag)", headers = {
            @Header(name = "ETag", description = "Catalog fingerprint"), @Header(name = "Cache-Control", description = "public, max-age=3600") })
    @APIResponse(responseCode = "404", description = "No exercise with that slug", content = @Content(mediaType = "application/problem+json",
            schema = @Schema(ref = "Problem"), examples = @ExampleObject(name = "unknown-slug", value = ExerciseExamples.NOT_FOUND)))
    public Response detail(@Parameter(description = "Exercise slug", example = "barbell_hip_thrust") @PathParam("slug") String slug,
            @Context Request request) {
        Exercise exercise = catalog.find(slug)
                .orElseThrow(() -> new NotFound("No exercise with slug '" + slug + "'. See /api/v1/exercises."));
        return cached(request, () -> exercise);
    }

    @GET
    @Parameter(name = "If-None-Match", in = ParameterIn.HEADER, description = IF_NONE_MATCH, schema = @Schema(type = SchemaType.STRING))
    @Path("/muscles")
    @Operation(operationId = "listMuscles", summary = "The muscle vocabulary", description = "Muscle slugs used by exercises and filters.")
    @APIResponse(responseCode = "200", description = "Every muscle",
            headers = { @Header(name = "ETag", description = "Catalog fingerprint; send it back as If-None-Match"),
                    @Header(name = "Cache-Control", description = "public, max-age=3600") },
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = Vocabulary.class),
                    examples = @ExampleObject(name = "muscles", value = ExerciseExamples.MUSCLES)))
    @APIResponse(responseCode = "304", description = "Not modified (If-None-Match matched the ETag)", headers = {
            @Header(name = "ETag", description = "Catalog fingerprint"), @Header(name = "Cache-Control", description = "public, max-age=3600") })
    public Response muscles(@Context Request request) {
        return cached(request, catalog::muscles);
    }

    @GET
    @Parameter(name = "If-None-Match", in = ParameterIn.HEADER, description = IF_NONE_MATCH, schema = @Schema(type = SchemaType.STRING))
    @Path("/equipment")
    @Operation(operationId = "listEquipment", summary = "The equipment vocabulary", description = "Equipment slugs used by exercises, filters and programs.")
    @APIResponse(responseCode = "200", description = "Every piece of equipment",
            headers = { @Header(name = "ETag", description = "Catalog fingerprint; send it back as If-None-Match"),
                    @Header(name = "Cache-Control", description = "public, max-age=3600") },
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = Vocabulary.class),
                    examples = @ExampleObject(name = "equipment", value = ExerciseExamples.EQUIPMENT)))
    @APIResponse(responseCode = "304", description = "Not modified (If-None-Match matched the ETag)", headers = {
            @Header(name = "ETag", description = "Catalog fingerprint"), @Header(name = "Cache-Control", description = "public, max-age=3600") })
    public Response equipment(@Context Request request) {
        return cached(request, catalog::equipment);
    }

    private Response cached(Request request, Supplier<Object> body) {
        EntityTag tag = new EntityTag(catalog.etag());
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        Response.ResponseBuilder builder = notModified != null ? notModified : Response.ok(body.get());
        return builder.tag(tag).header("Cache-Control", CACHE_CONTROL).build();
    }
}
