package co.anb.showcase.auth;

import static org.assertj.core.api.Assertions.assertThat;

import co.anb.showcase.ApiClient;
import co.anb.showcase.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** {@code POST /api/me/password}: the current password first, the new one by signup's rules, older sessions end. */
@IntegrationTest
class PasswordChangeApiTest {

    private static final String PASSWORD = "secreta123";

    @LocalServerPort
    int port;
    ApiClient api;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
    }

    @Test
    void changingThePasswordNeedsTheCurrentOneAndEndsOtherSessions() {
        ApiClient.Session player = api.newPlayer("Bucaramanga");
        ApiClient.Response wrong = changePassword(player.token(), "incorrecta1", "nuevaClave456", "nuevaClave456");
        assertThat(wrong.status()).isEqualTo(403);
        assertThat(wrong.json().get("code").asString()).isEqualTo("wrong_current_password");
        assertThat(wrong.detail()).isEqualTo(AccountSecurity.WRONG_PASSWORD);
        ApiClient.Response mismatch = changePassword(player.token(), PASSWORD, "nuevaClave456", "nuevaClave457");
        assertThat(mismatch.json().get("code").asString()).isEqualTo("passwords_mismatch");
        ApiClient.Response weak = changePassword(player.token(), PASSWORD, "corta", "corta");
        assertThat(weak.status()).isEqualTo(400);
        assertThat(weak.body()).contains("La contraseña debe tener entre 8 y 72 caracteres.");
        assertThat(changePassword(null, PASSWORD, "nuevaClave456", "nuevaClave456").status()).isEqualTo(401);

        ApiClient.Response changed = changePassword(player.token(), PASSWORD, "nuevaClave456", "nuevaClave456");
        assertThat(changed.status()).isEqualTo(200);
        String fresh = changed.json().get("access_token").asString();
        assertThat(api.get("/api/me", fresh).status()).as("the new token").isEqualTo(200);
        assertThat(api.get("/api/me", player.token()).status()).as("the token from before").isEqualTo(401);
        assertThat(api.login(player.email(), PASSWORD).status()).isEqualTo(401);
        assertThat(api.login(player.email(), "nuevaClave456").status()).isEqualTo(200);
    }

    @Test
    void wrongCurrentPasswordsAreThrottledLikeLogins() {
        ApiClient.Session player = api.newPlayer("Neiva");
        for (int i = 0; i < 5; i++) {
            assertThat(changePassword(player.token(), "incorrecta" + i, "nuevaClave456", "nuevaClave456").status())
                    .isEqualTo(403);
        }
        ApiClient.Response throttled = changePassword(player.token(), PASSWORD, "nuevaClave456", "nuevaClave456");
        assertThat(throttled.status()).isEqualTo(429);
        assertThat(throttled.json().get("code").asString()).isEqualTo("rate_limited");
        assertThat(throttled.header("Retry-After")).isNotNull();
        assertThat(deleteAccount(player.token(), PASSWORD).status()).as("deletion shares the budget").isEqualTo(429);
    }

    private ApiClient.Response changePassword(String token, String current, String password1, String password2) {
        return api.postJson("/api/me/password", token,
                Map.of("current_password", current, "password1", password1, "password2", password2));
    }

    private ApiClient.Response deleteAccount(String token, String password) {
        byte[] body = ("{\"password\":\"" + password + "\"}").getBytes(StandardCharsets.UTF_8);
        return api.send("DELETE", "/api/me", token, "application/json", body);
    }
}
