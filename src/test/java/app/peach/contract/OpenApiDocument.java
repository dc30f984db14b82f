package app.peach.contract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import com.networknt.schema.oas.OpenApi31;

/**
 * The served OpenAPI document, read as JSON, with validators for the schemas in it: what the contract checks of
 * the test suite ({@link ContractFilter}, {@code OpenApi*Test}) hold the document and the real responses to. Its
 * Schema Objects are validated by the OpenAPI 3.1 dialect (JSON Schema 2020-12 with formats asserted).
 */
public final class OpenApiDocument {
    static final ObjectMapper JSON = new ObjectMapper();
    private static final String BASE = "https://peach.test/openapi.json";
    private static final String STRICT_BASE = "https://peach.test/openapi-strict.json";
    private static final String COMPONENTS = "#/components/schemas/";
    private static final Map<String, OpenApiDocument> SERVED = new ConcurrentHashMap<>();
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options", "trace");

    private final JsonNode doc;
    private final JsonNode strictDoc;
    private final JsonSchemaFactory factory;
    private final Map<String, JsonSchema> compiled = new ConcurrentHashMap<>();
    private final List<PathTemplate> templates = new ArrayList<>();

    /** One operation: its method, its path template and its node in the document. */
    public record Operation(String method, String path, JsonNode node) {
        public String id() {
            return node.path("operationId").asText("(no operationId)");
        }

        /** How failures name it: {@code POST /api/v1/clients (createClient)}. */
        public String label() {
            return method.toUpperCase(java.util.Locale.ROOT) + " " + path + " (" + id() + ")";
        }

        public String pointer() {
            return "/paths/" + escape(path) + "/" + method;
        }
    }

    private record PathTemplate(String path, Pattern regex, int variables) {
    }

    private OpenApiDocument(JsonNode doc) {
        this.doc = doc;
        this.strictDoc = strictCopy(doc);
        String text = doc.toString();
        String strict = strictDoc.toString();
        this.factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012, b -> b
                .metaSchema(OpenApi31.getInstance()).defaultMetaSchemaIri(OpenApi31.getInstance().getIri())
                .schemaLoaders(l -> l.schemas(Map.of(BASE, text, STRICT_BASE, strict))));
        doc.path("paths").fieldNames().forEachRemaining(p -> {
            int vars = (int) p.chars().filter(c -> c == '{').count();
            String regex = Pattern.quote(p).replaceAll("\\{[^}/]+}", "\\\\E[^/]+\\\\Q");
            templates.add(new PathTemplate(p, Pattern.compile(regex), vars));
        });
        templates.sort(Comparator.comparingInt(PathTemplate::variables));
    }

    /** A document given as JSON (the checks' own tests use small ones). */
    static OpenApiDocument of(JsonNode doc) {
        return new OpenApiDocument(doc);
    }

    /** The document the service at {@code baseUrl} (scheme, host and port) serves, read once per service. */
    public static OpenApiDocument servedBy(String baseUrl) {
        return SERVED.computeIfAbsent(baseUrl, url -> {
            try {
                HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url + "/q/openapi?format=json"))
                        .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() != 200) {
                    throw new IllegalStateException("GET /q/openapi answered " + r.statusCode());
                }
                return new OpenApiDocument(JSON.readTree(r.body()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        });
    }

    public JsonNode json() {
        return doc;
    }

    /** Every operation of the document, in document order. */
    public List<Operation> operations() {
        List<Operation> ops = new ArrayList<>();
        doc.path("paths").fields().forEachRemaining(p -> p.getValue().fields().forEachRemaining(m -> {
            if (METHODS.contains(m.getKey())) {
                ops.add(new Operation(m.getKey(), p.getKey(), m.getValue()));
            }
        }));
        return ops;
    }

    /** The operation that serves a concrete request path; empty for a path or method the document does not have. */
    public Optional<Operation> operation(String method, String concretePath) {
        for (PathTemplate t : templates) {
            if (t.regex().matcher(concretePath).matches()) {
                JsonNode node = doc.path("paths").path(t.path()).path(method.toLowerCase(java.util.Locale.ROOT));
                return node.isMissingNode() ? Optional.empty() : Optional.of(new Operation(method.toLowerCase(java.util.Locale.ROOT), t.path(), node));
            }
        }
        return Optional.empty();
    }

    /** A schema of the document resolved through {@code $ref}s to the components it names. */
    public JsonNode resolve(JsonNode schema) {
        JsonNode s = schema;
        for (int i = 0; i < 10 && s.has("$ref") && s.get("$ref").asText().startsWith(COMPONENTS); i++) {
            s = doc.path("components").path("schemas").path(s.get("$ref").asText().substring(COMPONENTS.length()));
        }
        return s;
    }

    /**
     * Validates {@code instance} against the schema at {@code pointer} (a JSON pointer into the document).
     * {@code strict}: every object schema that lists properties refuses others, so an undocumented field fails.
     */
    public List<String> validate(String pointer, JsonNode instance, boolean strict) {
        JsonSchema schema = compiled.computeIfAbsent((strict ? "strict:" : "") + pointer, k -> {
            JsonNode node = (strict ? strictDoc : doc).at(pointer);
            if (node.isMissingNode()) {
                throw new IllegalArgumentException("no schema at " + pointer);
            }
            JsonNode rooted = absoluteRefs(node.deepCopy(), strict ? STRICT_BASE : BASE);
            SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true)
                    .pathType(PathType.JSON_PATH).build();
            return factory.getSchema(SchemaLocation.of("https://peach.test/fragment" + Math.abs(k.hashCode())), rooted, config);
        });
        List<String> problems = new ArrayList<>();
        for (ValidationMessage m : schema.validate(instance)) {
            problems.add(m.getMessage());
        }
        return problems;
    }

    /** JSON-pointer escaping of one reference token. */
    public static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }

    /** {@code #/components/...} references made absolute, so that a schema taken out of the document still finds them. */
    private static JsonNode absoluteRefs(JsonNode node, String base) {
        if (node instanceof ObjectNode o) {
            JsonNode ref = o.get("$ref");
            if (ref != null && ref.isTextual() && ref.asText().startsWith("#/")) {
                o.set("$ref", TextNode.valueOf(base + ref.asText()));
            }
            o.fields().forEachRemaining(e -> {
                if (!isValue(e.getKey())) {
                    absoluteRefs(e.getValue(), base);
                }
            });
        } else if (node.isArray()) {
            node.forEach(n -> absoluteRefs(n, base));
        }
        return node;
    }

    private static JsonNode strictCopy(JsonNode doc) {
        JsonNode copy = doc.deepCopy();
        closeObjects(copy.path("components").path("schemas"));
        closeObjects(copy.path("paths"));
        return copy;
    }

    /** Every object schema with properties gets additionalProperties: false (unless it says otherwise). */
    private static void closeObjects(JsonNode node) {
        if (node instanceof ObjectNode o) {
            if (o.path("properties").isObject() && !o.has("additionalProperties") && !o.has("unevaluatedProperties")
                    && !o.has("allOf")) {
                o.set("additionalProperties", BooleanNode.FALSE);
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = o.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> e = it.next();
                if (!isValue(e.getKey())) {
                    closeObjects(e.getValue());
                }
            }
        } else if (node.isArray()) {
            node.forEach(OpenApiDocument::closeObjects);
        }
    }

    /** Keywords whose content is data, never a schema. */
    private static boolean isValue(String keyword) {
        return keyword.equals("example") || keyword.equals("examples") || keyword.equals("default")
                || keyword.equals("enum") || keyword.equals("const");
    }
}
