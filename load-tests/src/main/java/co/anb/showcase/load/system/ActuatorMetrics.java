package co.anb.showcase.load.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** Single values from the system's actuator metrics endpoint (heap, GC, connection pool, Tomcat threads). */
final class ActuatorMetrics {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String metricsBase;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    ActuatorMetrics(String baseUrl) {
        this.metricsBase = baseUrl + "/actuator/metrics/";
    }

    /** The metric's VALUE statistic, narrowed by {@code tag}s such as {@code area:heap}; NaN if it is not there. */
    double value(String name, String... tags) {
        StringBuilder uri = new StringBuilder(metricsBase).append(name);
        for (int i = 0; i < tags.length; i++) {
            uri.append(i == 0 ? '?' : '&').append("tag=").append(URLEncoder.encode(tags[i], StandardCharsets.UTF_8));
        }
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(uri.toString()))
                    .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                return Double.NaN;
            }
            JsonNode measurements = JSON.readTree(response.body()).path("measurements");
            for (JsonNode measurement : measurements) {
                if ("VALUE".equals(measurement.path("statistic").asText())) {
                    return measurement.path("value").asDouble();
                }
            }
            return Double.NaN;
        } catch (IOException e) {
            return Double.NaN;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Double.NaN;
        }
    }
}
