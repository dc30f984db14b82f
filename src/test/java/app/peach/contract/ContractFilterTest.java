package app.peach.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The contract check fails, naming the operation and the field, on each way a response can break the document. */
class ContractFilterTest {
    private static final OpenApiDocument DOC;

    static {
        try {
            DOC = OpenApiDocument.of(OpenApiDocument.JSON.readTree("""
                    {"openapi":"3.1.0","info":{"title":"t","version":"1"},
                     "paths":{"/api/v1/things/{id}":{"get":{"operationId":"getThing","responses":{
                       "200":{"description":"ok","headers":{"ETag":{"schema":{"type":"string"}},
                                                            "RateLimit-Remaining":{"schema":{"type":"integer","minimum":0}}},
                              "content":{"application/json":{"schema":{"$ref":"#/components/schemas/Thing"}}}},
                       "404":{"description":"no","content":{"application/problem+json":{"schema":{"type":"object"}}}}}}}},
                     "components":{"schemas":{"Thing":{"type":"object","required":["id","size","note"],
                       "properties":{"id":{"type":"string","format":"uuid"},"size":{"type":"integer"},
                                     "note":{"type":["string","null"]}}}}}}"""));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> check(int status, String contentType, String body, Map<String, String> headers) {
        return ContractFilter.check(DOC, "GET", "/api/v1/things/8d1c2a3e-1f2b-4c5d-9e8f-0a1b2c3d4e5f", status, contentType,
                body.getBytes(StandardCharsets.UTF_8), headers::get);
    }

    private static final String GOOD = "{\"id\":\"8d1c2a3e-1f2b-4c5d-9e8f-0a1b2c3d4e5f\",\"size\":3,\"note\":null}";

    @Test
    void shouldPassAConformingResponse() {
        assertThat(check(200, "application/json;charset=UTF-8", GOOD, Map.of("ETag", "\"1\"", "RateLimit-Remaining", "5"))).isEmpty();
    }

    @Test
    void shouldNameAnUndocumentedField() {
        assertThat(check(200, "application/json", GOOD.replace("}", ",\"colour\":\"red\"}"), Map.of()))
                .singleElement().asString().contains("GET /api/v1/things/{id} (getThing) → 200").contains("colour");
    }

    @Test
    void shouldNameAMissingRequiredFieldAndAWrongNull() {
        assertThat(check(200, "application/json", "{\"id\":\"8d1c2a3e-1f2b-4c5d-9e8f-0a1b2c3d4e5f\",\"size\":null}", Map.of()))
                .anyMatch(p -> p.contains("note")).anyMatch(p -> p.contains("$.size"));
    }

    @Test
    void shouldRefuseAFormatViolation() {
        assertThat(check(200, "application/json", GOOD.replace("8d1c2a3e-1f2b-4c5d-9e8f-0a1b2c3d4e5f", "not-a-uuid"), Map.of()))
                .anyMatch(p -> p.contains("$.id"));
    }

    @Test
    void shouldRefuseAnUndeclaredStatusMediaTypeOrHeader() {
        assertThat(check(500, "application/problem+json", "{}", Map.of())).singleElement().asString().contains("500").contains("not declared");
        assertThat(check(404, "application/json", "{}", Map.of())).singleElement().asString().contains("Content-Type 'application/json'");
        assertThat(check(200, "application/json", GOOD, Map.of("Location", "/x"))).singleElement().asString().contains("Location");
        assertThat(check(200, "application/json", GOOD, Map.of("RateLimit-Remaining", "-1"))).singleElement().asString()
                .contains("RateLimit-Remaining");
    }

    @Test
    void shouldLeaveUnknownPathsAndMethodsToTheirOwnTests() {
        assertThat(ContractFilter.check(DOC, "DELETE", "/api/v1/things/1", 405, "application/problem+json", new byte[0], h -> null)).isEmpty();
        assertThat(ContractFilter.check(DOC, "GET", "/api/v1/nothing", 404, "application/problem+json", new byte[0], h -> null)).isEmpty();
    }
}
