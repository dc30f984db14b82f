package app.peach.goals;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.common.annotation.NonBlocking;

@Path("/api/v1/goals")
@Tag(name = "Goals and targets")
@Produces(MediaType.APPLICATION_JSON)
@NonBlocking // pure calculation over in-memory catalogs: no I/O, so no worker-thread hop
public class GoalsResource {
    private final GoalCatalog catalog;

    GoalsResource(GoalCatalog catalog) {
        this.catalog = catalog;
    }

    @GET
    @Operation(operationId = "listGoals", summary = "The goal catalog",
            description = "The five glute-training goals with their calorie policy, protein range (g/kg), fat and "
                    + "carbohydrate policy, training emphasis, guidance for clients and references.")
    @APIResponse(responseCode = "200", description = "Every goal",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = GoalView.class),
                    examples = @ExampleObject(name = "goals", value = GoalExamples.LIST)))
    public List<GoalView> goals() {
        return catalog.all();
    }
}
