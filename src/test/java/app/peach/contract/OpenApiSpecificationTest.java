package app.peach.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The served document is valid OpenAPI 3.1: it passes the OpenAPI Initiative's JSON Schema for 3.1 documents
 * (src/test/resources/openapi, see its README for where it comes from), every Schema Object in it is a valid
 * JSON Schema 2020-12 schema, and its patterns mean the same in ECMA-262 (what JSON Schema validators and
 * generated clients compile) as in Java.
 */
@QuarkusTest
class OpenApiSpecificationTest {
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

    @Test
    void shouldPassTheOpenApi31Schema() throws IOException {
        JsonSchema oas;
        try (InputStream in = getClass().getResourceAsStream("/openapi/oas-3.1-schema-2022-10-07.json")) {
            oas = FACTORY.getSchema(in);
        }
        List<String> problems = oas.validate(ServedDocument.get().json()).stream()
                .map(m -> m.getInstanceLocation() + ": " + m.getMessage()).toList();
        assertThat(problems).as("OpenAPI 3.1 schema (2022-10-07) violations").isEmpty();
    }

    @Test
    void shouldHoldEverySchemaObjectToJsonSchema202012() {
        JsonSchema meta = FACTORY.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
        List<String> problems = new ArrayList<>();
        eachSchemaObject(ServedDocument.get().json(), (where, schema) -> {
            meta.validate(schema).forEach(m -> problems.add(where + m.getInstanceLocation() + ": " + m.getMessage()));
            if (schema.has("nullable")) {
                problems.add(where + ": 'nullable' is OpenAPI 3.0; 3.1 says type: [..., \"null\"] or anyOf with {type: null}");
            }
        });
        assertThat(problems).isEmpty();
    }

    @Test
    void shouldWritePatternsThatEcma262AndJavaReadAlike() {
        List<String> problems = new ArrayList<>();
        eachSchemaObject(ServedDocument.get().json(), (where, schema) -> schema.findParents("pattern").forEach(parent -> {
            JsonNode pattern = parent.get("pattern");
            if (pattern.isTextual()) {
                ecmaProblem(pattern.asText()).ifPresent(p -> problems.add(where + ": pattern " + pattern + " " + p));
            }
        }));
        assertThat(problems).isEmpty();
    }

    /**
     * Why a Java-valid pattern is not ECMA-262 (JSON Schema's dialect): Java-only constructs, or no anchors (JSON
     * Schema searches, Bean Validation matches the whole value).
     */
    static java.util.Optional<String> ecmaProblem(String pattern) {
        try {
            Pattern.compile(pattern);
        } catch (java.util.regex.PatternSyntaxException e) {
            return java.util.Optional.of("does not compile in Java: " + e.getDescription());
        }
        Pattern javaOnly = Pattern.compile("\\\\[pP]\\{(?!L}|N}|Lu}|Ll})|\\\\[AZzGQEhHRX]|\\(\\?[imsxdu-]+[:)]|\\(\\?>|[*+?}]\\+|\\[\\[|&&");
        var m = javaOnly.matcher(pattern);
        if (m.find()) {
            return java.util.Optional.of("uses '" + m.group() + "', which ECMA-262 does not read as Java does");
        }
        if (!pattern.startsWith("^") || !pattern.endsWith("$")) {
            return java.util.Optional.of("is not anchored: JSON Schema searches where Bean Validation matches the whole value");
        }
        return java.util.Optional.empty();
    }

    /** Every Schema Object: components, and the schemas of parameters, headers and media types. */
    static void eachSchemaObject(JsonNode doc, BiConsumer<String, JsonNode> visit) {
        doc.path("components").path("schemas").fields().forEachRemaining(e -> visit.accept("#/components/schemas/" + e.getKey(), e.getValue()));
        doc.path("paths").fields().forEachRemaining(p -> p.getValue().fields().forEachRemaining(m -> {
            String op = m.getKey().toUpperCase() + " " + p.getKey();
            m.getValue().path("parameters").forEach(param -> {
                if (param.has("schema")) {
                    visit.accept(op + " parameter " + param.path("name").asText(), param.get("schema"));
                }
            });
            m.getValue().path("requestBody").path("content").fields().forEachRemaining(c -> {
                if (c.getValue().has("schema")) {
                    visit.accept(op + " request " + c.getKey(), c.getValue().get("schema"));
                }
            });
            m.getValue().path("responses").fields().forEachRemaining(r -> {
                r.getValue().path("content").fields().forEachRemaining(c -> {
                    if (c.getValue().has("schema")) {
                        visit.accept(op + " " + r.getKey() + " " + c.getKey(), c.getValue().get("schema"));
                    }
                });
                r.getValue().path("headers").fields().forEachRemaining(h -> {
                    if (h.getValue().has("schema")) {
                        visit.accept(op + " " + r.getKey() + " header " + h.getKey(), h.getValue().get("schema"));
                    }
                });
            });
        }));
    }
}
