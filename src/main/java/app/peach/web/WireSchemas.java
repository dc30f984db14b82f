package app.peach.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * Makes the generated schemas say what the JSON on the wire is, so that generated clients and validators agree
 * with the server:
 * <ul>
 * <li>enum values are the wire values (every API enum is a {@code WireValue}: the lower-cased constant name),
 * not the Java constant names the scanner sees (it cannot read the {@code @JsonValue} of an interface's default
 * method, SROAP31017);</li>
 * <li>a nullable property ({@code anyOf: [{$ref}, {type: "null"}]}) loses the stray single {@code type} the
 * scanner puts beside it, which would refuse the null;</li>
 * <li>numeric and boolean defaults are numbers and booleans, not the strings of {@code @DefaultValue};</li>
 * <li>patterns are anchored: Bean Validation's {@code @Pattern} matches the whole value, JSON Schema's
 * {@code pattern} searches in it;</li>
 * <li>every property of a schema that only responses use is {@code required}: responses write every field,
 * null or not (explicit nulls), so a generated client types none of them as optional. The one exception is
 * {@code Problem}, whose {@code errorId} and {@code violations} appear only when they apply (RFC 9457 members).
 * Schemas that requests use too keep the {@code required} their constraints give.</li>
 * </ul>
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class WireSchemas implements OASFilter {
    /** Response schemas whose members may be left out (they list their required members themselves). */
    private static final Set<String> WITH_OPTIONAL_MEMBERS = Set.of("Problem");

    @Override
    public void filterOpenAPI(OpenAPI doc) {
        OpenApiWalk.everySchema(doc, s -> {
            wireEnum(s);
            anchoredPattern(s);
            nullableWithoutStrayType(s);
            typedDefault(s);
        });
        requireResponseProperties(doc);
    }

    private static void wireEnum(Schema s) {
        List<Object> values = s.getEnumeration();
        if (values != null && values.stream().allMatch(String.class::isInstance)) {
            s.setEnumeration(new ArrayList<>(values.stream().map(v -> (Object) ((String) v).toLowerCase(Locale.ROOT)).toList()));
        }
        if (values != null && s.getDefaultValue() instanceof String d) {
            s.setDefaultValue(d.toLowerCase(Locale.ROOT));
        }
    }

    private static void anchoredPattern(Schema s) {
        String p = s.getPattern();
        // smallrye writes @NotBlank as "\\S", meant as JSON Schema means it (a non-blank character somewhere):
        // "^(?:\\S)$" would allow one character only, so it becomes the anchored "anything with a non-blank".
        if ("\\S".equals(p)) {
            s.setPattern("^[\\s\\S]*\\S[\\s\\S]*$");
            return;
        }
        // Bean Validation's @Pattern matches whole values: anchor those
        if (p != null && !(p.startsWith("^") && p.endsWith("$"))) {
            s.setPattern("^(?:" + p + ")$");
        }
    }

    private static void nullableWithoutStrayType(Schema s) {
        List<Schema> anyOf = s.getAnyOf();
        boolean allowsNull = anyOf != null && anyOf.stream().anyMatch(a -> a.getType() != null && a.getType().equals(List.of(SchemaType.NULL)));
        if (allowsNull && s.getType() != null && !s.getType().contains(SchemaType.NULL)) {
            s.setType(null);
        }
    }

    private static void typedDefault(Schema s) {
        if (!(s.getDefaultValue() instanceof String text) || s.getType() == null) {
            return;
        }
        try {
            if (s.getType().contains(SchemaType.INTEGER)) {
                s.setDefaultValue(new BigDecimal(text).toBigIntegerExact());
            } else if (s.getType().contains(SchemaType.NUMBER)) {
                s.setDefaultValue(new BigDecimal(text));
            } else if (s.getType().contains(SchemaType.BOOLEAN)) {
                s.setDefaultValue(Boolean.parseBoolean(text));
            }
        } catch (NumberFormatException | ArithmeticException e) {
            // a default that is no number is left for the document checks to report
        }
    }

    private static void requireResponseProperties(OpenAPI doc) {
        List<Schema> requestRoots = new ArrayList<>();
        List<Schema> responseRoots = new ArrayList<>();
        for (Operation op : OpenApiWalk.operations(doc)) {
            requestRoots.addAll(OpenApiWalk.requestRoots(op));
            responseRoots.addAll(OpenApiWalk.responseRoots(op));
        }
        Set<String> requests = new HashSet<>(OpenApiWalk.reachableComponents(doc, requestRoots));
        Map<String, Schema> components = doc.getComponents().getSchemas();
        for (String name : OpenApiWalk.reachableComponents(doc, responseRoots)) {
            Schema s = components.get(name);
            if (s != null && !requests.contains(name) && !WITH_OPTIONAL_MEMBERS.contains(name) && s.getProperties() != null
                    && !s.getProperties().isEmpty()) {
                s.setRequired(new ArrayList<>(s.getProperties().keySet()));
            }
        }
    }
}
