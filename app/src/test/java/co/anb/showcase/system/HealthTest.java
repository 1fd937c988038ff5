package co.anb.showcase.system;

import static org.assertj.core.api.Assertions.assertThat;

import co.anb.showcase.ApiClient;
import co.anb.showcase.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class HealthTest {

    @LocalServerPort
    int port;

    @Test
    void livenessForTheLoadBalancer() {
        var response = new ApiClient(port).get("/api/health", null);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("status").asString()).isEqualTo("ok");
    }

    @Test
    void readinessChecksDatabaseAndQueue() {
        var response = new ApiClient(port).get("/actuator/health/readiness", null);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("status").asString()).isEqualTo("UP");
    }

    @Test
    void openApiAndSwaggerUiAreServed() {
        ApiClient api = new ApiClient(port);
        var openApi = api.get("/v3/api-docs", null);

        assertThat(openApi.status()).isEqualTo(200);
        assertThat(openApi.json().get("paths").has("/api/auth/signup")).isTrue();
        assertThat(openApi.body()).contains("password1", "first_name");
        assertThat(api.get("/docs", null).status()).isIn(200, 302);
        assertThat(api.get("/swagger-ui/index.html", null).status()).isEqualTo(200);
    }
}
