package co.anb.showcase.auth;

import static org.assertj.core.api.Assertions.assertThat;

import co.anb.showcase.ApiClient;
import co.anb.showcase.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class AuthApiTest {

    @LocalServerPort
    int port;
    ApiClient api;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
    }

    @Test
    void healthAnswersOk() {
        var response = api.get("/api/health", null);
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("status").asString()).isEqualTo("ok");
    }

    @Test
    void signedUpPlayerLogsInWithBearerToken() {
        var session = api.newPlayer("Bogotá");
        var login = api.login(session.email(), "secreta123");
        assertThat(login.status()).isEqualTo(200);
        assertThat(login.json().get("token_type").asString()).isEqualTo("Bearer");
        assertThat(login.json().get("expires_in").asInt()).isEqualTo(3600);
    }
}
