package app.peach.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * Declares what every API operation can answer besides its own results, so that resources only name their own
 * responses: 400 where it takes input, 401/403 (and 503: the key is looked up in the database) where it needs a key,
 * 404 where its path names something, 406, 413 and 415 where it takes a body, 429 and 500 everywhere. Every error
 * response gets the problem schema and, where it has none, an example taken from the server's real answer for that
 * status. Every response declares the headers the server sends with it (rate-limit headers everywhere, Retry-After
 * on 429 and 503, Cache-Control: no-store on a key-holder's data), and every declared header gets a schema.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class StandardErrorResponses implements OASFilter {
    private static final String PROBLEMS = "https://peach.app/problems/";
    /** The names app.peach.idempotency.Idempotent defines (web does not depend on that package). */
    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    static final String REPLAYED = "Idempotent-Replayed";

    @Override
    public void filterOpenAPI(OpenAPI doc) {
        if (doc.getPaths() == null || doc.getPaths().getPathItems() == null) {
            return;
        }
        doc.getPaths().getPathItems().forEach((path, item) -> {
            if (path.startsWith("/api/")) {
                item.getOperations().forEach((method, op) -> {
                    if (method == PathItem.HttpMethod.POST && op.getResponses() != null && op.getResponses().hasAPIResponse("201")) {
                        idempotencyKey(op);
                    }
                    standardize(path, op, doc);
                });
            }
        });
    }

    /**
     * A POST that creates something (answers 201) takes an Idempotency-Key (contract): the header, the replay's
     * marker header, 409 while a request with the same key is running and 422 for a key reused with another request.
     * Such a method carries {@code @Idempotent} (IdempotencyContractTest checks that the two agree).
     */
    private static void idempotencyKey(Operation op) {
        boolean declared = op.getParameters() != null
                && op.getParameters().stream().anyMatch(p -> IDEMPOTENCY_KEY.equalsIgnoreCase(p.getName()));
        if (!declared) {
            op.addParameter(OASFactory.createParameter().name(IDEMPOTENCY_KEY).in(Parameter.In.HEADER).required(false)
                    .description("A key of your choice (1–255 characters, e.g. a UUID) that makes a retry safe: the same key "
                            + "with the same request within 24 hours answers the first response again, with "
                            + "Idempotent-Replayed: true, and creates nothing; with a different request it is a 422.")
                    .schema(OASFactory.createSchema().type(List.of(SchemaType.STRING)).minLength(1).maxLength(255))
                    .example(exampleKey(op)));
        }
        add(op.getResponses(), "409", "A request with the same Idempotency-Key is still being processed; retry");
        add(op.getResponses(), "422", "The Idempotency-Key was used with a different request");
        op.getResponses().getAPIResponses().forEach((code, response) -> {
            if (code.startsWith("2")) {
                header(response, REPLAYED, "true when this is the stored answer to an earlier request with the same "
                        + "Idempotency-Key", schemaOf(REPLAYED));
            }
        });
    }

    /**
     * An example key of the operation's own: keys are scoped to the caller, so one example shared by a coach's
     * creating operations would make the explorer's second "Execute" a 422 (the key reused with another request).
     */
    private static String exampleKey(Operation op) {
        String name = op.getOperationId() == null ? "create" : op.getOperationId();
        return java.util.UUID.nameUUIDFromBytes(("peach example " + name).getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .toString();
    }

    private static void standardize(String path, Operation op, OpenAPI doc) {
        APIResponses responses = op.getResponses();
        if (responses == null) {
            return;
        }
        boolean body = op.getRequestBody() != null;
        boolean input = body || op.getParameters() != null && !op.getParameters().isEmpty();
        boolean secured = op.getSecurity() != null ? !op.getSecurity().isEmpty()
                : doc.getSecurity() != null && !doc.getSecurity().isEmpty();
        boolean admin = secured && op.getSecurity() != null
                && op.getSecurity().stream().anyMatch(r -> r.hasScheme(PeachApiDefinition.ADMIN_SCHEME));
        if (input) {
            add(responses, "400", "Invalid input; violations name each bad field");
        }
        if (secured) {
            add(responses, "401", admin ? "No admin key" : "Missing or unknown coach key");
            add(responses, "403", admin ? "Not the admin key, or the admin endpoints are disabled"
                    : "The key may not do this (the admin key on a coach's operation)");
        }
        if (path.contains("{")) {
            add(responses, "404", "Nothing at this path");
        }
        add(responses, "406", "The client does not accept application/json");
        if (body) {
            add(responses, "413", "Body larger than 64 KB");
            add(responses, "415", "Body not sent as application/json");
        }
        add(responses, "429", "Too many requests from this key or address; retry after Retry-After seconds");
        add(responses, "500", "Unexpected error; the body carries an error id that is also logged");
        if (secured) {
            add(responses, "503", "The database is unavailable for a moment; retry after Retry-After seconds");
        }
        responses.getAPIResponses().forEach((code, response) -> {
            boolean error = code.startsWith("4") || code.startsWith("5");
            if (error) {
                problemBody(code, response, admin, path);
            }
            headers(code, response, secured);
        });
    }

    private static void add(APIResponses responses, String code, String description) {
        if (!responses.hasAPIResponse(code)) {
            responses.addAPIResponse(code, OASFactory.createAPIResponse().description(description));
        }
    }

    private static void problemBody(String code, APIResponse response, boolean admin, String path) {
        if (response.getContent() == null || response.getContent().getMediaTypes() == null
                || response.getContent().getMediaTypes().isEmpty()) {
            response.setContent(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, OASFactory.createMediaType()
                    .schema(OASFactory.createSchema().ref("#/components/schemas/Problem"))));
        }
        MediaType problem = response.getContent().getMediaType(Problem.MEDIA_TYPE);
        Map<String, Object> example = example(code, admin, path);
        if (problem != null && example != null && (problem.getExamples() == null || problem.getExamples().isEmpty())
                && problem.getExample() == null) {
            problem.addExample("status-" + code, OASFactory.createExample().value(example));
        }
    }

    /** Real answers of the server for each status (as ProblemMappers, LowLevelProblems and RateLimiter write them). */
    private static Map<String, Object> example(String code, boolean admin, String path) {
        return switch (code) {
            case "400" -> problem("validation", "Invalid request", 400, "1 field is invalid: size",
                    List.of(Map.of("field", "size", "message", "must be less than or equal to 100")));
            case "401" -> problem("unauthorized", "Unauthorized", 401, "Send a key as 'Authorization: Bearer <key>'.", null);
            case "403" -> problem("forbidden", "Forbidden", 403,
                    admin ? "This needs the operator's admin key." : "This key may not do that.", null);
            case "404" -> problem("not-found", "Not Found", 404, path.startsWith("/api/v1/clients/")
                    ? "No client 3fa85f64-5717-4562-b3fc-2c963f66afa6."
                    : "No resource at this path. See /q/openapi for the API's paths.", null);
            case "406" -> problem("not-acceptable", "Not Acceptable", 406, "This resource answers with application/json only.", null);
            case "409" -> problem("conflict", "Conflict", 409, path.startsWith("/api/v1/clients/")
                    ? "The client changed since you read it (version 1, you sent 0); read it again and repeat the update."
                    : "A request with this Idempotency-Key is still being processed; retry in a moment.", null);
            case "412" -> problem("precondition-failed", "Precondition Failed", 412,
                    "The client changed since you read it (version 1); read it again and repeat the update.", null);
            case "428" -> problem("precondition-required", "Precondition Required", 428,
                    "Send the version you read, as an If-Match header (the ETag) or as \"version\" in the body, so that a "
                            + "concurrent change is never overwritten.", null);
            case "413" -> problem("request-entity-too-large", "Request Entity Too Large", 413,
                    "The request body is larger than the 64 KB this API accepts.", null);
            case "415" -> problem("unsupported-media-type", "Unsupported Media Type", 415, "Send the body as application/json.", null);
            case "422" -> problem("unprocessable-content", "Unprocessable Content", 422,
                    "This Idempotency-Key was used with a different request; send a new key for a new request.", null);
            case "429" -> problem("too-many-requests", "Too Many Requests", 429,
                    "More than 600 requests a minute from this address; retry after 12 s.", null);
            case "500" -> {
                Map<String, Object> p = problem("internal", "Internal server error", 500,
                        "The request could not be completed. Quote error id 6f1c2d7e-9a4b-4f0e-8d3a-2b5c1e7f9a01 when reporting it.",
                        null);
                p.put("errorId", "6f1c2d7e-9a4b-4f0e-8d3a-2b5c1e7f9a01");
                yield p;
            }
            case "503" -> problem("service-unavailable", "Service Unavailable", 503,
                    "The database is unavailable for a moment; retry after the Retry-After delay.", null);
            default -> null;
        };
    }

    private static Map<String, Object> problem(String type, String title, int status, String detail, Object violations) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("type", PROBLEMS + type);
        p.put("title", title);
        p.put("status", status);
        p.put("detail", detail);
        if (violations != null) {
            p.put("violations", violations);
        }
        return p;
    }

    private static void headers(String code, APIResponse response, boolean secured) {
        header(response, "RateLimit-Limit", "Requests allowed in the current window", integer());
        header(response, "RateLimit-Remaining", "Requests left in the current window", integer());
        header(response, "RateLimit-Reset", "Seconds until the window refills", integer());
        if (code.equals("429") || code.equals("503")) {
            header(response, "Retry-After", "Seconds to wait before retrying", integer());
        }
        if (secured) {
            header(response, "Cache-Control", "A key-holder's data is never stored by caches: no-store", string(null));
        }
        if (response.getHeaders() != null) {
            response.getHeaders().forEach((name, h) -> {
                if (h.getSchema() == null && h.getContent() == null) {
                    h.setSchema(schemaOf(name));
                }
            });
        }
    }

    private static void header(APIResponse response, String name, String description, Schema schema) {
        if (response.getHeaders() == null || !response.getHeaders().containsKey(name)) {
            Header h = OASFactory.createHeader().description(description).schema(schema);
            response.addHeader(name, h);
        }
    }

    /** Schemas of the headers resources declare by name only. */
    private static Schema schemaOf(String header) {
        return switch (header) {
            case "Location" -> string("uri-reference");
            case "Retry-After", "RateLimit-Limit", "RateLimit-Remaining", "RateLimit-Reset" -> integer();
            case "Idempotent-Replayed" -> OASFactory.createSchema().type(List.of(SchemaType.STRING)).enumeration(List.of("true"));
            default -> string(null);
        };
    }

    private static Schema integer() {
        return OASFactory.createSchema().type(List.of(SchemaType.INTEGER)).minimum(java.math.BigDecimal.ZERO);
    }

    private static Schema string(String format) {
        Schema s = OASFactory.createSchema().type(List.of(SchemaType.STRING));
        return format == null ? s : s.format(format);
    }
}
