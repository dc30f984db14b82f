package app.peach.web;

import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/** Visits the Schema Objects of an OpenAPI model: every one, or those an operation's requests or responses reach. */
final class OpenApiWalk {
    static final String COMPONENT_PREFIX = "#/components/schemas/";

    private OpenApiWalk() {
    }

    /** Every schema of the document (components, parameters, bodies, headers) and every schema nested in them. */
    static void everySchema(OpenAPI doc, Consumer<Schema> visit) {
        Set<Schema> seen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        if (doc.getComponents() != null && doc.getComponents().getSchemas() != null) {
            doc.getComponents().getSchemas().values().forEach(s -> nested(s, visit, seen));
        }
        operations(doc).forEach(op -> {
            requestRoots(op).forEach(s -> nested(s, visit, seen));
            responseRoots(op).forEach(s -> nested(s, visit, seen));
            if (op.getResponses() != null) {
                op.getResponses().getAPIResponses().values().forEach(r -> {
                    if (r.getHeaders() != null) {
                        r.getHeaders().values().forEach(h -> nested(h.getSchema(), visit, seen));
                    }
                });
            }
        });
    }

    static List<Operation> operations(OpenAPI doc) {
        List<Operation> ops = new ArrayList<>();
        if (doc.getPaths() != null && doc.getPaths().getPathItems() != null) {
            doc.getPaths().getPathItems().values().forEach(item -> ops.addAll(item.getOperations().values()));
        }
        return ops;
    }

    /** The schemas of an operation's parameters and request body. */
    static List<Schema> requestRoots(Operation op) {
        List<Schema> roots = new ArrayList<>();
        if (op.getParameters() != null) {
            for (Parameter p : op.getParameters()) {
                add(roots, p.getSchema());
            }
        }
        if (op.getRequestBody() != null) {
            contentSchemas(op.getRequestBody().getContent(), roots);
        }
        return roots;
    }

    /** The schemas of an operation's response bodies. */
    static List<Schema> responseRoots(Operation op) {
        List<Schema> roots = new ArrayList<>();
        if (op.getResponses() != null && op.getResponses().getAPIResponses() != null) {
            op.getResponses().getAPIResponses().values().forEach(r -> contentSchemas(r.getContent(), roots));
        }
        return roots;
    }

    /** Names of the component schemas that {@code roots} reach, directly or through other components. */
    static Set<String> reachableComponents(OpenAPI doc, Collection<Schema> roots) {
        Map<String, Schema> components = doc.getComponents() == null || doc.getComponents().getSchemas() == null
                ? Map.of() : doc.getComponents().getSchemas();
        Set<String> names = new LinkedHashSet<>();
        Set<Schema> seen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        List<Schema> pending = new ArrayList<>(roots);
        while (!pending.isEmpty()) {
            Schema root = pending.remove(pending.size() - 1);
            nested(root, s -> {
                if (s.getRef() != null && s.getRef().startsWith(COMPONENT_PREFIX)) {
                    String name = s.getRef().substring(COMPONENT_PREFIX.length());
                    if (names.add(name) && components.containsKey(name)) {
                        pending.add(components.get(name));
                    }
                }
            }, seen);
        }
        return names;
    }

    private static void contentSchemas(Content content, List<Schema> into) {
        if (content != null && content.getMediaTypes() != null) {
            for (MediaType m : content.getMediaTypes().values()) {
                add(into, m.getSchema());
            }
        }
    }

    private static void add(List<Schema> into, Schema s) {
        if (s != null) {
            into.add(s);
        }
    }

    private static void nested(Schema s, Consumer<Schema> visit, Set<Schema> seen) {
        if (s == null || !seen.add(s)) {
            return;
        }
        visit.accept(s);
        if (s.getProperties() != null) {
            s.getProperties().values().forEach(p -> nested(p, visit, seen));
        }
        nested(s.getItems(), visit, seen);
        nested(s.getAdditionalPropertiesSchema(), visit, seen);
        nested(s.getNot(), visit, seen);
        for (List<Schema> group : java.util.Arrays.asList(s.getAnyOf(), s.getAllOf(), s.getOneOf())) {
            if (group != null) {
                group.forEach(g -> nested(g, visit, seen));
            }
        }
    }
}
