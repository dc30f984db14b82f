package app.peach.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The contract's "API conventions that generated clients rely on", operation by operation: a stable camelCase
 * verb-first operationId, a typed success response whose objects list their required fields, paged lists with
 * typed items, the error responses that can happen, headers with schemas, two security schemes, and a server.
 * Each failure names the operation and what it lacks.
 */
@QuarkusTest
class OpenApiConventionsTest {
    private static final java.util.regex.Pattern OPERATION_ID = java.util.regex.Pattern.compile(
            "(get|list|create|update|delete|record|calculate|evaluate|build|project|approve|reject|propose|register|replace|search)[A-Z][A-Za-z0-9]*");

    @Test
    void shouldGiveEveryOperationAUniqueVerbFirstOperationId() {
        Set<String> seen = new HashSet<>();
        List<String> problems = new ArrayList<>();
        for (OpenApiDocument.Operation op : ServedDocument.get().operations()) {
            String id = op.node().path("operationId").asText("");
            if (!OPERATION_ID.matcher(id).matches()) {
                problems.add(op.label() + ": operationId must be camelCase, verb first (" + OPERATION_ID.pattern() + ")");
            }
            if (!seen.add(id)) {
                problems.add(op.label() + ": operationId used twice");
            }
            if (op.node().path("tags").size() == 0) {
                problems.add(op.label() + ": no tag");
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void shouldTypeEverySuccessResponseWithItsRequiredFields() {
        OpenApiDocument doc = ServedDocument.get();
        List<String> problems = new ArrayList<>();
        for (OpenApiDocument.Operation op : doc.operations()) {
            boolean success = false;
            for (var r : iterable(op.node().path("responses").fields())) {
                if (!r.getKey().startsWith("2") || r.getKey().equals("204")) {
                    success |= r.getKey().equals("204");
                    continue;
                }
                success = true;
                JsonNode schema = r.getValue().path("content").path("application/json").path("schema");
                if (schema.isMissingNode()) {
                    problems.add(op.label() + " " + r.getKey() + ": no application/json schema");
                    continue;
                }
                checkTyped(doc, op.label() + " " + r.getKey(), schema, new HashSet<>(), problems);
            }
            if (!success) {
                problems.add(op.label() + ": no success response");
            }
        }
        assertThat(problems).isEmpty();
    }

    /**
     * Responses write every field, null or not, so a schema that only responses use requires all its properties
     * (Problem's optional members aside); a nullable field left out of {@code required} would make generated
     * clients type it {@code T | null | undefined}.
     */
    @Test
    void shouldRequireEveryPropertyOfAResponseOnlySchema() {
        OpenApiDocument doc = ServedDocument.get();
        Set<String> requests = new HashSet<>();
        Set<String> responses = new HashSet<>();
        for (OpenApiDocument.Operation op : doc.operations()) {
            reachable(doc, op.node().path("requestBody"), requests);
            reachable(doc, op.node().path("parameters"), requests);
            reachable(doc, op.node().path("responses"), responses);
        }
        List<String> problems = new ArrayList<>();
        JsonNode schemas = doc.json().path("components").path("schemas");
        for (String name : responses) {
            JsonNode s = schemas.path(name);
            if (requests.contains(name) || name.equals("Problem") || s.path("properties").size() == 0) {
                continue;
            }
            Set<String> required = new HashSet<>();
            s.path("required").forEach(r -> required.add(r.asText()));
            s.path("properties").fieldNames().forEachRemaining(p -> {
                if (!required.contains(p)) {
                    problems.add(name + "." + p + " is always sent but not required");
                }
            });
        }
        assertThat(problems).isEmpty();
    }

    /** Names of the component schemas that a part of the document refers to, directly or through others. */
    private static void reachable(OpenApiDocument doc, JsonNode node, Set<String> names) {
        if (node.isObject() && node.has("$ref")) {
            String ref = node.path("$ref").asText();
            String name = ref.substring(ref.lastIndexOf('/') + 1);
            if (ref.startsWith("#/components/schemas/") && names.add(name)) {
                reachable(doc, doc.json().path("components").path("schemas").path(name), names);
            }
        }
        node.forEach(child -> reachable(doc, child, names));
    }

    /** Objects list required fields, arrays type their items, all the way down. */
    private static void checkTyped(OpenApiDocument doc, String where, JsonNode schema, Set<String> seen, List<String> problems) {
        String ref = schema.path("$ref").asText("");
        if (!ref.isEmpty() && !seen.add(ref)) {
            return;
        }
        JsonNode s = doc.resolve(schema);
        String name = ref.isEmpty() ? where : ref.substring(ref.lastIndexOf('/') + 1);
        if (s.path("properties").size() > 0 && s.path("required").size() == 0) {
            problems.add(where + ": schema " + name + " lists no required fields");
        }
        if (typeIs(s, "array")) {
            JsonNode items = s.path("items");
            if (items.isMissingNode() || items.isObject() && items.size() == 0) {
                problems.add(where + ": array " + name + " with untyped items");
            } else {
                checkTyped(doc, where, items, seen, problems);
            }
        }
        s.path("properties").forEach(p -> checkTyped(doc, where, p, seen, problems));
        s.path("anyOf").forEach(p -> checkTyped(doc, where, p, seen, problems));
    }

    private static boolean typeIs(JsonNode s, String type) {
        JsonNode t = s.path("type");
        return t.asText().equals(type) || t.isArray() && t.toString().contains("\"" + type + "\"");
    }

    @Test
    void shouldDeclareTheErrorsAndHeadersEachOperationCanAnswerWith() {
        List<String> problems = new ArrayList<>();
        for (OpenApiDocument.Operation op : ServedDocument.get().operations()) {
            if (!op.path().startsWith("/api/")) {
                continue;
            }
            JsonNode responses = op.node().path("responses");
            boolean input = op.node().path("parameters").size() > 0 || op.node().has("requestBody");
            boolean secured = op.node().path("security").size() > 0;
            List<String> expected = new ArrayList<>(List.of("406", "429", "500"));
            if (input) {
                expected.add("400");
            }
            if (secured) {
                expected.addAll(List.of("401", "403"));
            }
            if (op.path().contains("{")) {
                expected.add("404");
            }
            if (op.node().has("requestBody")) {
                expected.add("415");
            }
            for (String code : expected) {
                if (!responses.has(code)) {
                    problems.add(op.label() + ": does not declare " + code);
                }
            }
            responses.fields().forEachRemaining(r -> {
                if (r.getKey().matches("[45]\\d\\d") && !r.getValue().path("content").has("application/problem+json")) {
                    problems.add(op.label() + " " + r.getKey() + ": not the problem schema");
                }
                for (String h : List.of("RateLimit-Limit", "RateLimit-Remaining", "RateLimit-Reset")) {
                    if (!r.getValue().path("headers").has(h)) {
                        problems.add(op.label() + " " + r.getKey() + ": does not declare " + h);
                    }
                }
                if (r.getKey().equals("429") && !r.getValue().path("headers").has("Retry-After")) {
                    problems.add(op.label() + " 429: does not declare Retry-After");
                }
                r.getValue().path("headers").fields().forEachRemaining(h -> {
                    if (!h.getValue().has("schema") && !h.getValue().has("content")) {
                        problems.add(op.label() + " " + r.getKey() + ": header " + h.getKey() + " without a schema");
                    }
                });
            });
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void shouldSeparateCoachKeysFromTheAdminKeyAndNameAServer() {
        JsonNode doc = ServedDocument.get().json();
        assertThat(doc.path("servers").size()).as("servers").isPositive();
        JsonNode schemes = doc.path("components").path("securitySchemes");
        assertThat(schemes.has("bearer") && schemes.has("adminKey")).as("coach and admin schemes: " + schemes).isTrue();
        List<String> problems = new ArrayList<>();
        for (OpenApiDocument.Operation op : ServedDocument.get().operations()) {
            String security = op.node().path("security").toString();
            boolean admin = op.path().startsWith("/api/v1/admin/");
            if (admin && !security.contains("adminKey") || !admin && security.contains("adminKey")) {
                problems.add(op.label() + ": security " + security);
            }
        }
        assertThat(problems).isEmpty();
    }

    private static <T> Iterable<T> iterable(java.util.Iterator<T> it) {
        return () -> it;
    }
}
