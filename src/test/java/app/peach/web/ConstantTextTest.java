package app.peach.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;

/** Strings written from the cache read exactly as Jackson writes them, cached or not. */
class ConstantTextTest {
    private final ObjectMapper json = new ObjectMapper();

    record Plain(String text, List<String> lines) {
    }

    record Cached(@JsonSerialize(using = ConstantText.class) String text,
            @JsonSerialize(contentUsing = ConstantText.class) List<String> lines) {
    }

    @Test
    void shouldWriteWhatJacksonWrites() throws Exception {
        List<String> tricky = List.of("", "plain", "Harvard Health Publishing, \"Calorie counting made easy\"",
                "Jäger R et al., 1.4–2.0 g/kg", "tab\tnew\nline\u0001", "back\\slash", "emoji 🍑", "</script>");
        for (String t : tricky) {
            for (int written = 0; written < 2; written++) { // first from the string, then from the cache
                assertThat(json.writeValueAsString(new Cached(t, tricky)))
                        .isEqualTo(json.writeValueAsString(new Plain(t, tricky)));
            }
        }
    }

    @Test
    void shouldStillWriteEveryValueOnceTheCacheIsFull() throws Exception {
        List<String> many = new ArrayList<>();
        for (int i = 0; i < ConstantText.MAX_CACHED + 50; i++) {
            many.add("value " + i);
        }
        assertThat(json.writeValueAsString(new Cached(null, many))).isEqualTo(json.writeValueAsString(new Plain(null, many)));
        assertThat(json.writeValueAsString(new Cached("after the limit", Arrays.asList("x", null))))
                .isEqualTo(json.writeValueAsString(new Plain("after the limit", Arrays.asList("x", null))));
    }
}
