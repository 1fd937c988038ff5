package co.anb.showcase.web;

import static org.assertj.core.api.Assertions.assertThat;

import co.anb.showcase.ApiClient;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What every answer to a hostile request must be: never a 5xx; a refusal is a 4xx RFC 9457 problem with a Spanish
 * {@code detail} and a snake_case {@code code}; an acceptance (an odd but valid filter) is JSON.
 */
final class ProblemExpectations {

    /** Non-ASCII escaped as {@code \\uXXXX}, so a lone surrogate reaches the server as JSON, not as "?". */
    private static final JsonMapper ESCAPING = JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String RAW = "__raw_json__";

    private ProblemExpectations() {
    }

    static void assertRefusedOrAccepted(ApiClient.Response response, boolean mustRefuse) {
        assertRefusedOrAccepted(response.status(), response.header("Content-Type"), response.body(), mustRefuse);
    }

    static void assertRefusedOrAccepted(int status, String contentType, String body, boolean mustRefuse) {
        assertThat(status).as("status (body: %s)", abbreviate(body)).isBetween(200, 499);
        if (mustRefuse) {
            assertThat(status).as("a refusal (body: %s)", abbreviate(body)).isGreaterThanOrEqualTo(400);
        }
        if (status >= 400) {
            assertProblem(status, contentType, body);
        } else if (!body.isEmpty()) {
            assertThat(JSON.readTree(body)).isNotNull();
        }
    }

    static void assertProblem(int status, String contentType, String body) {
        assertThat(contentType).as("content type of a %d", status).startsWith("application/problem+json");
        JsonNode problem = JSON.readTree(body);
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("code").asString()).as("code in %s", body).matches("[a-z][a-z0-9_]*");
        assertThat(problem.path("detail").asString()).as("detail in %s", body).isNotBlank();
    }

    /** JSON of {@code fields} with one field replaced by raw JSON text (a number, an array, null…). */
    static String jsonWithRaw(Map<String, String> fields, String field, String rawJson) {
        Map<String, String> copy = new LinkedHashMap<>(fields);
        copy.put(field, RAW);
        return json(copy).replace("\"" + RAW + "\"", rawJson);
    }

    static String json(Map<String, String> fields) {
        return ESCAPING.writeValueAsString(fields);
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String abbreviate(String body) {
        return body.length() > 300 ? body.substring(0, 300) + "…" : body;
    }
}
