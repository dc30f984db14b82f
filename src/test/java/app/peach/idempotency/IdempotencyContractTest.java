package app.peach.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import app.peach.contract.OpenApiDocument;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

/**
 * Every POST that creates something (the document says 201) takes an Idempotency-Key: its resource method carries
 * {@link Idempotent}, and the document declares the header. New creating endpoints fail here until they do.
 */
@QuarkusTest
class IdempotencyContractTest {

    @Test
    void shouldMakeEveryCreatingPostIdempotent() {
        Set<String> creating = new TreeSet<>();
        List<String> problems = new ArrayList<>();
        for (OpenApiDocument.Operation op : OpenApiDocument.servedBy(RestAssured.baseURI + ":" + RestAssured.port).operations()) {
            if (op.method().equals("post") && op.node().path("responses").has("201")) {
                creating.add("POST " + op.path());
                boolean header = false;
                for (var p : op.node().path("parameters")) {
                    header |= p.path("in").asText().equals("header") && p.path("name").asText().equals(Idempotent.HEADER);
                }
                if (!header) {
                    problems.add(op.label() + ": no Idempotency-Key header parameter");
                }
            }
        }
        Set<String> annotated = new TreeSet<>();
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("app.peach");
        for (var c : classes) {
            for (JavaMethod m : c.getMethods()) {
                if (m.isAnnotatedWith(Idempotent.class)) {
                    String path = pathOf(c.isAnnotatedWith(Path.class) ? c.getAnnotationOfType(Path.class).value() : "",
                            m.isAnnotatedWith(Path.class) ? m.getAnnotationOfType(Path.class).value() : "");
                    annotated.add((m.isAnnotatedWith(POST.class) ? "POST " : "NOT-A-POST ") + path);
                    if (!m.getRawReturnType().isEquivalentTo(jakarta.ws.rs.core.Response.class)) {
                        problems.add(c.getSimpleName() + "." + m.getName() + ": @Idempotent methods return a Response");
                    }
                }
            }
        }
        for (String op : creating) {
            if (!annotated.contains(op)) {
                problems.add(op + " answers 201, but its resource method has no @Idempotent");
            }
        }
        for (String op : annotated) {
            if (!creating.contains(op)) {
                problems.add(op + " is @Idempotent, but the document shows no POST answering 201 there");
            }
        }
        assertThat(problems).isEmpty();
    }

    /** A JAX-RS path as the document writes it: one slash between parts, template regexes dropped. */
    private static String pathOf(String classPath, String methodPath) {
        String joined = ("/" + classPath + "/" + methodPath).replaceAll("/+", "/").replaceAll("\\{\\s*(\\w+)\\s*:[^}]*}", "{$1}");
        return joined.length() > 1 && joined.endsWith("/") ? joined.substring(0, joined.length() - 1) : joined;
    }
}
