package co.anb.showcase.auth;

import static org.assertj.core.api.Assertions.assertThat;

import co.anb.showcase.ApiClient;
import co.anb.showcase.IntegrationTest;
import co.anb.showcase.local.Mailbox;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Signup → mail by real SMTP, read over IMAP → its link → verified; the link's rules; throttled resending. */
@IntegrationTest
class EmailVerificationApiTest {

    private static final Pattern LINK = Pattern.compile("(http://\\S+/#/verificar\\?token=([A-Za-z0-9_%\\-]+))");
    private static final Duration MAIL_WAIT = Duration.ofSeconds(10);

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    ApiClient api;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
    }

    @Test
    void theSignupMailsLinkVerifiesTheAddressOnce() {
        ApiClient.Session player = api.newPlayer("Cali");
        assertThat(me(player).get("email_verified").asBoolean()).isFalse();

        Mailbox.Mail mail = Mailbox.of(player.email()).awaitMails(1, MAIL_WAIT).get(0);
        assertThat(mail.subject()).isEqualTo("Confirma tu correo en ANB Rising Stars");
        assertThat(mail.from()).contains("no-reply@anb.local");
        assertThat(mail.text()).contains("Hola, Jugador:", "vence en 48 horas");
        assertThat(mail.html()).contains("<a href=\"http://localhost:8080/#/verificar?token=");
        String token = tokenIn(mail.text());
        assertThat(jdbc.sql("SELECT count(*) FROM email_verification_tokens WHERE token_hash = :raw")
                .param("raw", token.getBytes(StandardCharsets.UTF_8)).query(Long.class).single())
                .as("only the hash is stored").isZero();

        ApiClient.Response verified = api.postJson("/api/auth/verify-email", null, Map.of("token", token));
        assertThat(verified.status()).isEqualTo(200);
        var account = me(player);
        assertThat(account.get("email_verified").asBoolean()).isTrue();
        assertThat(account.get("role").asString()).isEqualTo("player");
        assertThat(account.get("email").asString()).isEqualTo(player.email());
        assertThat(account.get("city").asString()).isEqualTo("Cali");
        assertThat(account.get("id").asString()).isEqualTo(player.userId().toString());
        assertThat(account.has("password_hash")).isFalse();

        ApiClient.Response again = api.postJson("/api/auth/verify-email", null, Map.of("token", token));
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.detail()).isEqualTo(AccountVerification.INVALID_TOKEN);
    }

    @Test
    void unknownBlankAndExpiredTokensAreRefused() {
        for (Object body : new Object[] {Map.of("token", "no-such-token"), Map.of("token", ""), "{}"}) {
            ApiClient.Response response = api.postJson("/api/auth/verify-email", null, body);
            assertThat(response.status()).as("%s", body).isEqualTo(400);
            assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        }
        ApiClient.Session player = api.newPlayer("Pasto");
        String token = tokenIn(Mailbox.of(player.email()).awaitMails(1, MAIL_WAIT).get(0).text());
        jdbc.sql("UPDATE email_verification_tokens SET expires_at = now() - interval '1 second' WHERE user_id = :id")
                .param("id", player.userId()).update();

        assertThat(api.postJson("/api/auth/verify-email", null, Map.of("token", token)).status()).isEqualTo(400);
        assertThat(me(player).get("email_verified").asBoolean()).isFalse();
    }

    @Test
    void resendingIsThrottledToThreeMailsAnHourSignupIncluded() {
        ApiClient.Session player = api.newPlayer("Tunja");
        assertThat(resend(player).status()).isEqualTo(200);
        assertThat(resend(player).status()).isEqualTo(200);

        ApiClient.Response refused = resend(player);
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.json().get("code").asString()).isEqualTo("rate_limited");
        assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(3000L, 3600L);

        var mails = Mailbox.of(player.email()).awaitMails(3, MAIL_WAIT);
        String newest = tokenIn(mails.get(2).text());
        assertThat(api.postJson("/api/auth/verify-email", null, Map.of("token", newest)).status()).isEqualTo(200);
        ApiClient.Response afterVerified = resend(player);
        assertThat(afterVerified.status()).isEqualTo(200);
        assertThat(afterVerified.json().get("message").asString()).isEqualTo(AccountVerification.ALREADY_VERIFIED);
    }

    @Test
    void meAndResendingNeedAToken() {
        assertThat(api.get("/api/me", null).status()).isEqualTo(401);
        assertThat(api.postJson("/api/auth/verification-email", null, "").status()).isEqualTo(401);
        assertThat(api.get("/api/me", "not-a-token").status()).isEqualTo(401);
    }

    private tools.jackson.databind.JsonNode me(ApiClient.Session player) {
        ApiClient.Response me = api.get("/api/me", player.token());
        assertThat(me.status()).isEqualTo(200);
        return me.json();
    }

    private ApiClient.Response resend(ApiClient.Session player) {
        return api.postJson("/api/auth/verification-email", player.token(), "");
    }

    static String tokenIn(String text) {
        Matcher link = LINK.matcher(text);
        assertThat(link.find()).as("a verification link in %s", text).isTrue();
        return URLDecoder.decode(link.group(2), StandardCharsets.UTF_8);
    }
}
