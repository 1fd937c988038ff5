package co.anb.showcase.auth;

import static org.assertj.core.api.Assertions.assertThat;

import co.anb.showcase.ApiClient;
import co.anb.showcase.IntegrationTest;
import co.anb.showcase.fixtures.Fixtures;
import co.anb.showcase.local.Mailbox;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Forgotten password: the mail over real SMTP read by IMAP, its single-use link, the new password, the refusals. */
@IntegrationTest
class PasswordResetApiTest {

    private static final Pattern LINK = Pattern.compile("http://\\S+/#/restablecer\\?token=([A-Za-z0-9_%\\-]+)");
    private static final Duration MAIL_WAIT = Duration.ofSeconds(10);
    private static final String RESET = "/api/auth/password-reset";
    private static final String CONFIRM = "/api/auth/password-reset/confirm";
    private static final String NEW_PASSWORD = "nuevaClave456";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    ApiClient api;

    @BeforeEach
    void setUp() {
        // a client address of this test's own, so the per-address budget of other tests is not drawn on
        api = new ApiClient(port).fromAddress(Fixtures.uniqueAddress());
    }

    @Test
    void theMailedLinkSetsANewPasswordOnceAndEndsOlderSessions() {
        ApiClient.Session player = api.newPlayer("Medellín");
        ApiClient.Response accepted = api.postJson(RESET, null, Map.of("email", player.email().toUpperCase()));
        assertThat(accepted.status()).isEqualTo(202);
        assertThat(accepted.json().get("message").asString()).isEqualTo(PasswordRecovery.REQUEST_ACCEPTED);

        Mailbox.Mail mail = awaitResetMail(player.email(), 1);
        assertThat(mail.text()).contains("Hola, Jugador:", "vence en 1 hora");
        assertThat(mail.html()).contains("<a href=\"http://localhost:8080/#/restablecer?token=");
        String token = tokenIn(mail.text());
        assertThat(jdbc.sql("SELECT count(*) FROM password_reset_tokens WHERE user_id = :id AND expires_at"
                        + " BETWEEN now() + interval '59 minutes' AND now() + interval '61 minutes'")
                .param("id", player.userId()).query(Long.class).single()).isEqualTo(1);

        ApiClient.Response mismatch = confirm(token, NEW_PASSWORD, NEW_PASSWORD + "x");
        assertThat(mismatch.status()).isEqualTo(400);
        assertThat(mismatch.json().get("code").asString()).isEqualTo("passwords_mismatch");
        assertThat(mismatch.detail()).isEqualTo(AuthService.PASSWORDS_DIFFER);
        ApiClient.Response weak = confirm(token, "corta", "corta");
        assertThat(weak.status()).isEqualTo(400);
        assertThat(weak.json().get("code").asString()).isEqualTo("validation_failed");
        assertThat(weak.body()).contains("La contraseña debe tener entre 8 y 72 caracteres.");

        assertThat(confirm(token, NEW_PASSWORD, NEW_PASSWORD).status()).isEqualTo(200);
        assertThat(api.login(player.email(), "secreta123").status()).isEqualTo(401);
        assertThat(api.login(player.email(), NEW_PASSWORD).status()).isEqualTo(200);
        ApiClient.Response oldSession = api.get("/api/me", player.token());
        assertThat(oldSession.status()).as("a token issued before the reset").isEqualTo(401);
        assertThat(jdbc.sql("SELECT email_verified_at IS NOT NULL FROM users WHERE id = :id")
                .param("id", player.userId()).query(Boolean.class).single()).as("the link proved the address").isTrue();

        ApiClient.Response reused = confirm(token, "otraClave789", "otraClave789");
        assertThat(reused.status()).isEqualTo(400);
        assertThat(reused.json().get("code").asString()).isEqualTo("invalid_reset_token");
        assertThat(reused.detail()).isEqualTo(PasswordRecovery.INVALID_TOKEN);
    }

    @Test
    void aResetSpendsEveryEarlierLinkAndExpiredOrUnknownLinksAreRefused() {
        ApiClient.Session player = api.newPlayer("Cali");
        assertThat(api.postJson(RESET, null, Map.of("email", player.email())).status()).isEqualTo(202);
        String first = tokenIn(awaitResetMail(player.email(), 1).text());
        assertThat(api.postJson(RESET, null, Map.of("email", player.email())).status()).isEqualTo(202);
        String second = tokenIn(awaitResetMail(player.email(), 2).text());
        assertThat(second).isNotEqualTo(first);

        assertThat(confirm(second, NEW_PASSWORD, NEW_PASSWORD).status()).isEqualTo(200);
        assertThat(confirm(first, "otraClave789", "otraClave789").json().get("code").asString())
                .isEqualTo("invalid_reset_token");

        ApiClient.Session other = api.newPlayer("Pasto");
        api.postJson(RESET, null, Map.of("email", other.email()));
        String expiring = tokenIn(awaitResetMail(other.email(), 1).text());
        jdbc.sql("UPDATE password_reset_tokens SET expires_at = now() - interval '1 second' WHERE user_id = :id")
                .param("id", other.userId()).update();
        assertThat(confirm(expiring, NEW_PASSWORD, NEW_PASSWORD).status()).isEqualTo(400);
        assertThat(api.login(other.email(), "secreta123").status()).isEqualTo(200);

        for (String bad : new String[] {"no-such-token", "", "x".repeat(101)}) {
            ApiClient.Response refused = confirm(bad, NEW_PASSWORD, NEW_PASSWORD);
            assertThat(refused.status()).as(bad).isEqualTo(400);
            assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        }
        assertThat(api.postJson(CONFIRM, null, "{}").status()).isEqualTo(400);
    }

    @Test
    void anUnknownAddressGetsTheSameAnswerAndNoMail() {
        String nobody = "nadie-" + UUID.randomUUID() + "@example.com";
        ApiClient.Response answer = api.postJson(RESET, null, Map.of("email", nobody));
        assertThat(answer.status()).isEqualTo(202);
        assertThat(answer.json().get("message").asString()).isEqualTo(PasswordRecovery.REQUEST_ACCEPTED);

        ApiClient.Session player = api.newPlayer("Tunja");
        ApiClient.Response known = api.postJson(RESET, null, Map.of("email", player.email()));
        assertThat(known.body()).isEqualTo(answer.body());
        awaitResetMail(player.email(), 1); // by then the unknown address's request has long been handled
        assertThat(new Mailbox(nobody, co.anb.showcase.local.LocalStack.shared().imapPort()).read()).isEmpty();

        assertThat(api.postJson(RESET, null, Map.of("email", "")).status()).isEqualTo(400);
        assertThat(api.postJson(RESET, null, "{\"email\": 5}").status()).isEqualTo(400);
    }

    @Test
    void requestsAreThrottledPerAddressAndPerEmail() {
        String email = "throttled-" + UUID.randomUUID() + "@example.com";
        for (int i = 0; i < 3; i++) {
            assertThat(api.postJson(RESET, null, Map.of("email", email)).status()).isEqualTo(202);
        }
        ApiClient.Response refused = api.postJson(RESET, null, Map.of("email", email));
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.json().get("code").asString()).isEqualTo("rate_limited");
        assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(3000L, 3600L);

        ApiClient fromOnePlace = new ApiClient(port).fromAddress(Fixtures.uniqueAddress());
        for (int i = 0; i < 20; i++) {
            assertThat(fromOnePlace.postJson(RESET, null, Map.of("email", "a" + i + "-" + email)).status())
                    .isEqualTo(202);
        }
        ApiClient.Response fromAddress = fromOnePlace.postJson(RESET, null, Map.of("email", "otro-" + email));
        assertThat(fromAddress.status()).isEqualTo(429);
        assertThat(fromAddress.json().get("code").asString()).isEqualTo("rate_limited");
    }

    private ApiClient.Response confirm(String token, String password1, String password2) {
        return api.postJson(CONFIRM, null, Map.of("token", token, "password1", password1, "password2", password2));
    }

    private static Mailbox.Mail awaitResetMail(String email, int count) {
        return Mailbox.of(email).awaitMails(count + 1, MAIL_WAIT).stream()
                .filter(mail -> mail.subject().equals(PasswordResetMails.SUBJECT))
                .skip(count - 1L).findFirst().orElseThrow();
    }

    static String tokenIn(String text) {
        Matcher link = LINK.matcher(text);
        assertThat(link.find()).as("a reset link in %s", text).isTrue();
        return URLDecoder.decode(link.group(1), StandardCharsets.UTF_8);
    }
}
