package app.peach.web;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * Declares the protocol-level errors every API operation can answer with (406, 415 for operations with a
 * body, 500), and gives every error response (4xx, 5xx) that a resource declares without a body the problem
 * schema: resources only name their own error responses and what they mean.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class StandardErrorResponses implements OASFilter {

    @Override
    public PathItem filterPathItem(PathItem item) {
        item.getOperations().forEach((method, op) -> addStandardResponses(op));
        return item;
    }

    private static void addStandardResponses(Operation op) {
        APIResponses responses = op.getResponses();
        if (responses == null) {
            return;
        }
        add(responses, "406", "The client does not accept application/json");
        if (op.getRequestBody() != null) {
            add(responses, "415", "Body not sent as application/json");
        }
        add(responses, "500", "Unexpected error; the body carries an error id that is also logged");
        responses.getAPIResponses().forEach((code, response) -> {
            boolean error = code.startsWith("4") || code.startsWith("5");
            if (error && (response.getContent() == null || response.getContent().getMediaTypes().isEmpty())) {
                response.setContent(problemContent());
            }
        });
    }

    private static void add(APIResponses responses, String code, String description) {
        if (responses.hasAPIResponse(code)) {
            return;
        }
        responses.addAPIResponse(code, OASFactory.createAPIResponse().description(description).content(problemContent()));
    }

    private static Content problemContent() {
        return OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, OASFactory.createMediaType()
                .schema(OASFactory.createSchema().ref("#/components/schemas/Problem")));
    }
}
