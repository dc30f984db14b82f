package app.peach.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Every example of the document, for parameters and bodies, requests and responses, is valid against its own
 * schema (responses strictly: no field the schema does not document), teaches something (no "string"
 * placeholders), and every operation has a request example (when it takes input) and a success example, so that
 * "Try it out" works as it stands and the explorer shows what the server really answers.
 */
@QuarkusTest
class OpenApiExamplesTest {

    @Test
    void shouldMatchEveryExampleToItsSchema() {
        OpenApiDocument doc = ServedDocument.get();
        List<String> problems = new ArrayList<>();
        for (OpenApiDocument.Operation op : doc.operations()) {
            JsonNode params = op.node().path("parameters");
            for (int i = 0; i < params.size(); i++) {
                JsonNode p = params.get(i);
                String pointer = op.pointer() + "/parameters/" + i;
                eachExample(p, (name, value) -> doc.validate(pointer + "/schema", value, false)
                        .forEach(v -> problems.add(op.label() + " parameter " + p.path("name").asText() + " example " + name + ": " + v)));
            }
            op.node().path("requestBody").path("content").fields().forEachRemaining(c -> {
                String pointer = op.pointer() + "/requestBody/content/" + OpenApiDocument.escape(c.getKey()) + "/schema";
                eachExample(c.getValue(), (name, value) -> doc.validate(pointer, value, false)
                        .forEach(v -> problems.add(op.label() + " request example " + name + ": " + v)));
            });
            op.node().path("responses").fields().forEachRemaining(r -> r.getValue().path("content").fields().forEachRemaining(c -> {
                String pointer = op.pointer() + "/responses/" + r.getKey() + "/content/" + OpenApiDocument.escape(c.getKey()) + "/schema";
                eachExample(c.getValue(), (name, value) -> doc.validate(pointer, value, true)
                        .forEach(v -> problems.add(op.label() + " " + r.getKey() + " example " + name + ": " + v)));
            }));
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void shouldShowARealExampleForEveryOperation() {
        OpenApiDocument doc = ServedDocument.get();
        List<String> problems = new ArrayList<>();
        for (OpenApiDocument.Operation op : doc.operations()) {
            if (!op.path().startsWith("/api/")) {
                continue;
            }
            op.node().path("requestBody").path("content").fields().forEachRemaining(c -> {
                if (!hasExample(c.getValue())) {
                    problems.add(op.label() + ": request body " + c.getKey() + " without an example");
                }
            });
            op.node().path("parameters").forEach(p -> {
                if (p.path("required").asBoolean() && !hasExample(p)) {
                    problems.add(op.label() + ": required parameter " + p.path("name").asText() + " without an example");
                }
            });
            op.node().path("responses").fields().forEachRemaining(r -> r.getValue().path("content").fields().forEachRemaining(c -> {
                if (!hasExample(c.getValue())) {
                    problems.add(op.label() + ": " + r.getKey() + " " + c.getKey() + " without an example");
                }
            }));
        }
        eachExampleValue(doc.json(), "", problems);
        assertThat(problems).isEmpty();
    }

    /** No example value anywhere is the placeholder "string". */
    private static void eachExampleValue(JsonNode node, String where, List<String> problems) {
        node.fields().forEachRemaining(e -> {
            boolean example = e.getKey().equals("example") || e.getKey().equals("examples") || e.getKey().equals("value");
            if (example && e.getValue().toString().contains("\"string\"")) {
                problems.add(where + "/" + e.getKey() + ": an example reads \"string\"");
            } else if (e.getValue().isContainerNode()) {
                eachExampleValue(e.getValue(), where + "/" + e.getKey(), problems);
            }
        });
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                eachExampleValue(node.get(i), where + "/" + i, problems);
            }
        }
    }

    private static boolean hasExample(JsonNode node) {
        return node.has("example") || node.path("examples").size() > 0;
    }

    /** The examples of a parameter or media type: {@code example}, or each value of {@code examples}. */
    private static void eachExample(JsonNode holder, java.util.function.BiConsumer<String, JsonNode> visit) {
        if (holder.has("example")) {
            visit.accept("example", holder.get("example"));
        }
        holder.path("examples").fields().forEachRemaining(e -> {
            if (e.getValue().has("value")) {
                visit.accept(e.getKey(), e.getValue().get("value"));
            }
        });
    }
}
