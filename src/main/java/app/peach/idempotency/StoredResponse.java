package app.peach.idempotency;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A successful answer as it is stored and replayed: its status, the headers the resource set (Location, ETag,
 * Content-Type) and the exact bytes of its body. The first answer is sent from the same bytes, so a replay is
 * byte-identical to it.
 */
record StoredResponse(int status, Map<String, String> headers, byte[] body) {
    /** Headers of the resource's own answer that a replay repeats; filters add the rest (rate limits, caching) each time. */
    private static final List<String> KEPT = List.of(HttpHeaders.LOCATION, HttpHeaders.ETAG, HttpHeaders.CONTENT_TYPE);
    private static final TypeReference<Map<String, String>> HEADER_MAP = new TypeReference<>() {
    };

    static StoredResponse of(Response r, ObjectMapper json) throws JsonProcessingException {
        Map<String, String> headers = new LinkedHashMap<>();
        for (String name : KEPT) {
            String value = r.getHeaderString(name);
            if (value != null) {
                headers.put(name, value);
            }
        }
        if (!headers.containsKey(HttpHeaders.CONTENT_TYPE) && r.hasEntity()) {
            headers.put(HttpHeaders.CONTENT_TYPE, r.getMediaType() != null ? r.getMediaType().toString() : "application/json");
        }
        Object entity = r.getEntity();
        byte[] body = entity == null ? new byte[0] : entity instanceof byte[] bytes ? bytes : json.writeValueAsBytes(entity);
        return new StoredResponse(r.getStatus(), headers, body);
    }

    static StoredResponse read(int status, String headersJson, byte[] body, ObjectMapper json) throws JsonProcessingException {
        return new StoredResponse(status, json.readValue(headersJson, HEADER_MAP), body);
    }

    String headersJson(ObjectMapper json) throws JsonProcessingException {
        return json.writeValueAsString(headers);
    }

    /** The answer; {@code replayed} adds {@code Idempotent-Replayed: true}. */
    Response toResponse(boolean replayed) {
        Response.ResponseBuilder b = Response.status(status);
        headers.forEach((name, value) -> {
            if (name.equals(HttpHeaders.LOCATION)) {
                b.location(URI.create(value));
            } else if (name.equals(HttpHeaders.CONTENT_TYPE)) {
                b.type(value);
            } else {
                b.header(name, value);
            }
        });
        if (replayed) {
            b.header(Idempotent.REPLAYED, "true");
        }
        return body.length == 0 ? b.build() : b.entity(body).build();
    }
}
