package app.peach.contract;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;

/**
 * Holds every response of the API tests to the OpenAPI document the service serves: its status must be one the
 * operation declares, its body must validate against the declared schema with no undocumented field (every
 * object schema is closed for this check), and the API headers it sends (ETag, Location, Cache-Control,
 * Retry-After, Idempotent-Replayed, the rate-limit headers) must be declared on that response and match their
 * schemas. A failure names the operation, the status and the JSON path that is wrong.
 * <p>
 * Installed for every {@code @QuarkusTest} by {@link InstallContractFilter}; requests outside /api, to paths the
 * document does not have, or with methods it does not list (404 and 405 tests) are not checked.
 */
public final class ContractFilter implements Filter {
    public static final ContractFilter INSTANCE = new ContractFilter();
    /** The headers of the API's own conventions; others (security headers, content-length) are HTTP's. */
    private static final List<String> API_HEADERS = List.of("ETag", "Location", "Cache-Control", "Retry-After",
            "Idempotent-Replayed", "RateLimit-Limit", "RateLimit-Remaining", "RateLimit-Reset");

    private ContractFilter() {
    }

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification responseSpec,
            FilterContext ctx) {
        Response response = ctx.next(request, responseSpec);
        URI uri = URI.create(request.getURI());
        if (uri.getPath() != null && uri.getPath().startsWith("/api/")) {
            String base = uri.getScheme() + "://" + uri.getHost() + ":" + uri.getPort();
            List<String> problems = check(OpenApiDocument.servedBy(base), request.getMethod(), uri.getPath(), response.getStatusCode(),
                    response.getContentType(), response.asByteArray(), name -> response.getHeader(name));
            if (!problems.isEmpty()) {
                throw new AssertionError("The response breaks the OpenAPI contract:\n  " + String.join("\n  ", problems));
            }
        }
        return response;
    }

    /** The contract violations of one response (empty when it conforms, or when no operation serves the request). */
    public static List<String> check(OpenApiDocument doc, String method, String path, int status, String contentType,
            byte[] body, java.util.function.Function<String, String> headers) {
        Optional<OpenApiDocument.Operation> found = doc.operation(method, path);
        if (found.isEmpty()) {
            return List.of();
        }
        OpenApiDocument.Operation op = found.get();
        String where = op.label() + " → " + status;
        List<String> problems = new ArrayList<>();
        JsonNode responses = op.node().path("responses");
        String code = String.valueOf(status);
        JsonNode declared = responses.has(code) ? responses.get(code) : responses.path("default");
        if (declared.isMissingNode()) {
            problems.add(where + ": status not declared (declared: " + names(responses) + ")");
            return problems;
        }
        String pointer = op.pointer() + "/responses/" + (responses.has(code) ? code : "default");
        checkBody(doc, where, pointer, declared, contentType, body, problems);
        checkHeaders(doc, where, pointer, declared, headers, problems);
        return problems;
    }

    private static void checkBody(OpenApiDocument doc, String where, String pointer, JsonNode declared, String contentType,
            byte[] body, List<String> problems) {
        JsonNode content = declared.path("content");
        if (body.length == 0) {
            if (content.isObject() && content.size() > 0) {
                problems.add(where + ": no body, but the document declares " + names(content));
            }
            return;
        }
        String mediaType = contentType == null ? "" : contentType.split(";")[0].trim().toLowerCase(Locale.ROOT);
        if (!content.has(mediaType)) {
            problems.add(where + ": Content-Type '" + mediaType + "' not declared (declared: " + names(content) + ")");
            return;
        }
        if (!mediaType.endsWith("json") || !content.get(mediaType).has("schema")) {
            return;
        }
        JsonNode json;
        try {
            json = OpenApiDocument.JSON.readTree(new String(body, StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            problems.add(where + ": body is not JSON: " + e.getMessage());
            return;
        }
        String schema = pointer + "/content/" + OpenApiDocument.escape(mediaType) + "/schema";
        doc.validate(schema, json, true).forEach(p -> problems.add(where + ": body " + p));
    }

    private static void checkHeaders(OpenApiDocument doc, String where, String pointer, JsonNode declared,
            java.util.function.Function<String, String> headers, List<String> problems) {
        for (String name : API_HEADERS) {
            String value = headers.apply(name);
            if (value == null) {
                continue;
            }
            Optional<String> declaredName = findIgnoringCase(declared.path("headers"), name);
            if (declaredName.isEmpty()) {
                problems.add(where + ": sends header " + name + " that the response does not declare");
                continue;
            }
            String schema = pointer + "/headers/" + OpenApiDocument.escape(declaredName.get()) + "/schema";
            JsonNode type = doc.resolve(doc.json().at(schema)).path("type");
            JsonNode instance = type.asText().equals("integer") && value.matches("-?\\d+")
                    ? OpenApiDocument.JSON.getNodeFactory().numberNode(Long.parseLong(value))
                    : OpenApiDocument.JSON.getNodeFactory().textNode(value);
            doc.validate(schema, instance, false).forEach(p -> problems.add(where + ": header " + name + " '" + value + "' " + p));
        }
    }

    private static Optional<String> findIgnoringCase(JsonNode object, String name) {
        for (Iterator<String> it = object.fieldNames(); it.hasNext();) {
            String n = it.next();
            if (n.equalsIgnoreCase(name)) {
                return Optional.of(n);
            }
        }
        return Optional.empty();
    }

    private static String names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return String.join(", ", names);
    }
}
