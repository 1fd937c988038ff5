package co.anb.showcase.auth;

import static org.assertj.core.api.Assertions.assertThat;

import co.anb.showcase.ApiClient;
import co.anb.showcase.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/** An account from the bcrypt days logs in as before, and its hash becomes Argon2id on the way (#16). */
@IntegrationTest
class PasswordUpgradeApiTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aBcryptAccountLogsInAndIsRehashedWithoutEndingItsSessions() {
        ApiClient api = new ApiClient(port);
        ApiClient.Session player = api.newPlayer("Montería");
        assertThat(storedHash(player)).startsWith("$argon2id$");
        jdbc.sql("UPDATE users SET password_hash = :hash WHERE id = :id")
                .param("hash", new BCryptPasswordEncoder().encode("secreta123"))
                .param("id", player.userId())
                .update();

        ApiClient.Response login = api.login(player.email(), "secreta123");

        assertThat(login.status()).isEqualTo(200);
        assertThat(storedHash(player)).startsWith("$argon2id$v=19$m=19456,");
        assertThat(api.get("/api/me", player.token()).status()).as("the session from before").isEqualTo(200);
        assertThat(api.login(player.email(), "secreta123").status()).isEqualTo(200);
        assertThat(api.login(player.email(), "otra-clave").status()).isEqualTo(401);
    }

    private String storedHash(ApiClient.Session player) {
        return jdbc.sql("SELECT password_hash FROM users WHERE id = :id").param("id", player.userId())
                .query(String.class).single();
    }
}
