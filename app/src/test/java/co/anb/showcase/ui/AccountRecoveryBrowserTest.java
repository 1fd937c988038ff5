package co.anb.showcase.ui;

import static org.assertj.core.api.Assertions.assertThat;

import co.anb.showcase.ApiClient;
import co.anb.showcase.IntegrationTest;
import co.anb.showcase.fixtures.Fixtures;
import co.anb.showcase.local.Mailbox;
import co.anb.showcase.storage.ObjectStore;
import co.anb.showcase.videos.StackClients;
import co.anb.showcase.videos.VideoKeys;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Accounts people can recover and delete, in real Chromium: the reset mail read over IMAP and its link followed, the
 * account page (change password, delete everything), the consent line and the privacy notice.
 */
@IntegrationTest
class AccountRecoveryBrowserTest {

    private static final Pattern RESET_LINK = Pattern.compile("/#/restablecer\\?token=([A-Za-z0-9_%\\-]+)");

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ObjectStore store;
    @RegisterExtension
    static final Browser browser = new Browser();
    ApiClient api;
    Fixtures fixtures;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        fixtures = new Fixtures(api, jdbc);
        browser.forgetSession();
    }

    @Test
    void aForgottenPasswordIsResetThroughTheMailedLink() {
        ApiClient.Session player = api.newPlayer(Fixtures.uniqueCity("Popayán"));
        browser.open("/login");
        browser.click("a[href='#/recuperar']");
        browser.waitForText("#page h1", "Recuperar contraseña");
        browser.type("#campo-email", player.email());
        browser.click("form button[type=submit]");
        browser.waitForText("form .message", "te enviamos un enlace");
        browser.screenshots("recuperar-clave");

        String mailText = Mailbox.of(player.email()).awaitMails(2, Duration.ofSeconds(15)).stream()
                .filter(mail -> mail.subject().startsWith("Restablece tu contraseña")).findFirst().orElseThrow()
                .text();
        Matcher link = RESET_LINK.matcher(mailText);
        assertThat(link.find()).as("a reset link in %s", mailText).isTrue();
        String token = URLDecoder.decode(link.group(1), StandardCharsets.UTF_8);

        browser.open("/restablecer?token=" + Browser.encode(token));
        browser.type("#campo-password1", "nuevaClave456");
        browser.type("#campo-password2", "nuevaClave457");
        browser.click("form button[type=submit]");
        browser.waitForText("#campo-password2-error", "Las contraseñas no coinciden.");
        browser.type("#campo-password2", "nuevaClave456");
        browser.screenshots("restablecer-clave");
        browser.click("form button[type=submit]");
        browser.waitForText("#notice", "Tu contraseña fue cambiada. Ya puedes iniciar sesión.");
        assertThat(browser.route()).isEqualTo("/login");

        browser.type("#campo-email", player.email());
        browser.type("#campo-password", "secreta123");
        browser.click("form button[type=submit]");
        browser.waitForText("form .message", "Correo electrónico o contraseña incorrectos.");
        browser.type("#campo-password", "nuevaClave456");
        browser.click("form button[type=submit]");
        browser.waitForText("#notice", "Sesión iniciada como " + player.email());

        browser.open("/restablecer?token=" + Browser.encode(token));
        browser.type("#campo-password1", "otraClave789");
        browser.type("#campo-password2", "otraClave789");
        browser.click("form button[type=submit]");
        browser.waitForText("form .message", "ya se usó o venció");
    }

    @Test
    void theAccountPageChangesThePasswordThenDeletesEverything() throws Exception {
        String city = Fixtures.uniqueCity("Sincelejo");
        ApiClient.Session player = fixtures.player(city, "Rosa", "Borrada");
        ApiClient.Session other = fixtures.player(city, "Iván", "Sigue");
        UUID video = fixtures.video(player.userId())
                .published(Instant.now()).title("Mi mejor jugada").votes(0).insert();
        UUID othersVideo = fixtures.video(other.userId()).published(Instant.now()).title("Bandeja").votes(2).insert();
        Path bytes = Files.writeString(Files.createTempFile("anb-account", ".bin"), "bytes");
        Stream.of(VideoKeys.original(video), VideoKeys.processed(video), VideoKeys.thumbnail(video))
                .forEach(key -> store.put(key, bytes, "application/octet-stream"));
        assertThat(api.postJson("/api/public/videos/" + othersVideo + "/vote", player.token(), "").status())
                .isEqualTo(200);
        logIn(player.email(), "secreta123");

        browser.open("/cuenta");
        browser.waitForText(".card strong", "Rosa Borrada");
        browser.type("#campo-current_password", "incorrecta1");
        browser.type("#campo-password1", "nuevaClave456");
        browser.type("#campo-password2", "nuevaClave456");
        browser.click("form[aria-labelledby=cambiar-clave] button[type=submit]");
        browser.waitForText("form[aria-labelledby=cambiar-clave] .message", "La contraseña no es correcta.");
        browser.type("#campo-current_password", "secreta123");
        browser.type("#campo-password1", "nuevaClave456");
        browser.type("#campo-password2", "nuevaClave456");
        browser.click("form[aria-labelledby=cambiar-clave] button[type=submit]");
        browser.waitForText("form[aria-labelledby=cambiar-clave] .message", "Tu contraseña fue cambiada.");
        browser.open("/cuenta");
        browser.waitForText(".card strong", "Rosa Borrada"); // this tab holds the new token
        browser.screenshots("mi-cuenta");

        browser.type("#campo-password", "secreta123");
        browser.click("form.danger-zone button[type=submit]");
        browser.waitForText("#campo-password-error", "La contraseña no es correcta.");
        assertThat(fixtures.votesCounter(othersVideo)).isEqualTo(3);
        browser.type("#campo-password", "nuevaClave456");
        browser.click("form.danger-zone button[type=submit]");
        browser.waitForText("#notice", "Tu cuenta y tus datos fueron eliminados.");
        assertThat(browser.route()).isEqualTo("/");
        assertThat(browser.find("#nav").getText()).contains("Iniciar sesión").doesNotContain("Mi cuenta");

        List<String> left = Stream.of("uploads/", "processed/", "thumbnails/")
                .flatMap(prefix -> StackClients.keysUnder(prefix).stream())
                .filter(key -> key.contains(video.toString())).toList();
        assertThat(left).as("objects of the deleted player's video").isEmpty();
        assertThat(fixtures.votesCounter(othersVideo)).as("the deleted player's vote uncounted").isEqualTo(2);
        assertThat(jdbc.sql("SELECT count(*) FROM users WHERE id = :id").param("id", player.userId())
                .query(Long.class).single()).isZero();
        browser.open("/ranking?city=" + Browser.encode(city));
        browser.find(".ranking tbody tr");
        assertThat(browser.rankingRows()).containsExactly(List.of("1", "Iván Sigue", "2"));
    }

    @Test
    void signupNamesTheConsentAndLinksThePrivacyNotice() {
        browser.open("/signup");
        assertThat(browser.find(".consent").getText()).isEqualTo(
                "Al registrarte aceptas el tratamiento de tus datos según el Aviso de privacidad.");
        browser.click(".consent a");
        browser.waitForText("#page h1", "Aviso de privacidad");
        assertThat(browser.route()).isEqualTo("/privacidad");
        assertThat(browser.find("#page").getText()).contains("Ley 1581 de 2012", "Asociación Nacional de Baloncesto",
                "conocer, actualizar, rectificar y suprimir", "Mi cuenta");
        browser.screenshots("aviso-privacidad");
    }

    private void logIn(String email, String password) {
        browser.open("/login");
        browser.type("#campo-email", email);
        browser.type("#campo-password", password);
        browser.click("form button[type=submit]");
        browser.waitForText("#notice", "Sesión iniciada como " + email);
    }
}
