package app.peach.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import app.peach.vocabulary.Violation;

/**
 * Every bad field of a body that Jackson could not read, not only the first: the contract asks for one violation per
 * bad field, and Jackson stops at the first value it cannot read (a string where a number belongs, an unknown enum
 * value), so bean validation never saw the rest. Runs only on that error path, over the body read again: each value
 * is read on its own as its property's type (with the same mapper, so the same strict rules), the unreadable ones
 * become violations and are left out, and what remains is read and validated as usual. A validation finding on a
 * field already reported as unreadable, or on one that contains it (the list holding a bad element), is dropped.
 */
final class UnreadableBody {
    private final ObjectMapper json;
    private final Validator validator;

    UnreadableBody(ObjectMapper json, Validator validator) {
        this.json = json;
        this.validator = validator;
    }

    /**
     * Every violation of the request's body, read again as the type of the resource method's body parameter; empty
     * when the body cannot be read again (a large body streamed from the connection) or nothing is found this way.
     */
    Optional<List<Violation>> violations(ContainerRequestContext request, ResourceInfo resource) {
        Method method = resource == null ? null : resource.getResourceMethod();
        if (method == null || !(request.getEntityStream() instanceof ByteArrayInputStream body)) {
            return Optional.empty();
        }
        Annotation[][] annotations = method.getParameterAnnotations();
        for (int i = 0; i < annotations.length; i++) {
            if (Arrays.stream(annotations[i]).noneMatch(UnreadableBody::bindsParameter)) { // the body parameter
                body.reset();
                return violations(body.readAllBytes(), json.constructType(method.getGenericParameterTypes()[i]));
            }
        }
        return Optional.empty();
    }

    /** A JAX-RS binding (path, query, header, context, …): a parameter without one is the body. */
    private static boolean bindsParameter(Annotation a) {
        String name = a.annotationType().getName();
        return name.startsWith("jakarta.ws.rs.") || name.startsWith("org.jboss.resteasy.reactive.");
    }

    /** Every violation of {@code body} read as {@code type}; empty when none is found this way. */
    Optional<List<Violation>> violations(byte[] body, JavaType type) {
        JsonNode tree;
        try {
            tree = json.readTree(body);
        } catch (IOException e) {
            return Optional.empty(); // not JSON after all: Jackson's own answer stands
        }
        if (!tree.isObject()) {
            return Optional.empty(); // the body as a whole is the bad field: Jackson's own answer says so
        }
        List<Violation> unreadable = new ArrayList<>();
        JsonNode readable = readable(tree, type, "", unreadable);
        if (unreadable.isEmpty()) {
            return Optional.empty();
        }
        List<Violation> all = new ArrayList<>(unreadable);
        if (readable != null) {
            try {
                for (ConstraintViolation<Object> v : validator.validate(json.treeToValue(readable, type))) {
                    String field = ProblemMappers.fieldOf(v.getPropertyPath());
                    if (unreadable.stream().noneMatch(u -> covers(field, u.field()))) {
                        all.add(new Violation(field, v.getMessage()));
                    }
                }
            } catch (IOException | RuntimeException e) {
                // the rest cannot be read as a whole either: the unreadable fields alone
            }
        }
        all.sort(Comparator.comparing(Violation::field).thenComparing(Violation::message));
        return Optional.of(all);
    }

    /** Whether a finding on {@code field} is about {@code unreadable}: that field, or a list or object holding it. */
    private static boolean covers(String field, String unreadable) {
        return unreadable.equals(field) || unreadable.startsWith(field + ".") || unreadable.startsWith(field + "[");
    }

    /** {@code node} without the values that cannot be read as their types (null when it cannot be read itself). */
    private JsonNode readable(JsonNode node, JavaType type, String path, List<Violation> unreadable) {
        if (node.isObject() && !type.isContainerType() && !type.isEnumType() && isBean(type)) {
            Map<String, JavaType> properties = propertiesOf(type);
            ObjectNode kept = json.createObjectNode();
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext();) {
                Map.Entry<String, JsonNode> field = fields.next();
                JavaType propertyType = properties.get(field.getKey());
                JsonNode value = propertyType == null ? field.getValue() // unknown: ignored when read
                        : readable(field.getValue(), propertyType, join(path, field.getKey()), unreadable);
                if (value != null) {
                    kept.set(field.getKey(), value);
                }
            }
            return kept;
        }
        if (node.isArray() && type.isCollectionLikeType()) {
            ArrayNode kept = json.createArrayNode();
            boolean whole = true;
            for (int i = 0; i < node.size(); i++) {
                JsonNode element = readable(node.get(i), type.getContentType(), path + "[" + i + "]", unreadable);
                whole &= element != null;
                kept.add(element);
            }
            return whole ? kept : null; // a list with a bad element is left out whole, so indexes keep their meaning
        }
        try {
            json.readerFor(type).readValue(node);
            return node;
        } catch (JsonMappingException e) {
            String field = JsonErrors.path(path, e);
            unreadable.add(new Violation(field.isEmpty() ? "body" : field, JsonErrors.message(e)));
            return null;
        } catch (IOException e) {
            unreadable.add(new Violation(path.isEmpty() ? "body" : path, "has an invalid value"));
            return null;
        }
    }

    private boolean isBean(JavaType type) {
        Class<?> raw = type.getRawClass();
        return raw.isRecord() || (!raw.isPrimitive() && !raw.getName().startsWith("java."));
    }

    private Map<String, JavaType> propertiesOf(JavaType type) {
        BeanDescription bean = json.getDeserializationConfig().introspect(type);
        Map<String, JavaType> properties = new HashMap<>();
        for (BeanPropertyDefinition property : bean.findProperties()) {
            properties.put(property.getName(), property.getPrimaryType());
        }
        return properties;
    }

    private static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }
}
