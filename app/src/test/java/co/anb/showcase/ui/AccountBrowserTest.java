package co.anb.showcase.ui;

import static org.assertj.core.api.Assertions.assertThat;

import co.anb.showcase.ApiClient;
import co.anb.showcase.IntegrationTest;
import co.anb.showcase.fixtures.Fixtures;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Sign-up and login forms: the API's rules checked before sending, the server's messages shown as they come. */
@IntegrationTest
class AccountBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @RegisterExtension
    static final Browser browser = new Browser();
    ApiClient api;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        browser.forgetSession();
    }

    @Test
    void signupChecksEveryFieldBeforeSending() {
        browser.open("/signup");
        browser.find("#campo-country").clear();
        browser.click("form button[type=submit]");

        assertThat(fieldErrors()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "first_name", "El nombre es obligatorio.",
                "last_name", "El apellido es obligatorio.",
                "email", "El correo electrónico es obligatorio.",
                "password1", "La contraseña es obligatoria.",
                "password2", "La confirmación de la contraseña es obligatoria.",
                "city", "La ciudad es obligatoria.",
                "country", "El país es obligatorio."));
        assertThat(browser.find("form .message").getText()).isEqualTo("Revisa los campos marcados.");
        assertThat(browser.find("form .message").getAttribute("role")).isEqualTo("alert");
        assertThat(browser.driver().switchTo().activeElement().getAttribute("name"))
                .as("focus goes to the first field to fix").isEqualTo("first_name");
        assertThat(browser.find("#campo-first_name").getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.find("#campo-first_name").getAttribute("aria-describedby"))
                .contains("campo-first_name-error");

        String email = "sin-arroba-" + UUID.randomUUID() + ".example.com";
        browser.type("#campo-first_name", "   ");
        browser.type("#campo-last_name", "Ríos");
        browser.type("#campo-email", email);
        browser.type("#campo-password1", "corta");
        browser.type("#campo-password2", "corta");
        browser.type("#campo-city", "Cali");
        browser.type("#campo-country", "Colombia");
        browser.click("form button[type=submit]");

        assertThat(fieldErrors()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "first_name", "El nombre es obligatorio.",
                "email", "El correo electrónico no tiene un formato válido.",
                "password1", "La contraseña debe tener entre 8 y 72 caracteres."));
        browser.screenshots("registro-errores");

        browser.type("#campo-first_name", "Eva");
        browser.type("#campo-email", "eva-" + UUID.randomUUID() + "@example.com");
        browser.type("#campo-password1", "secreta123");
        browser.type("#campo-password2", "secreta124");
        browser.click("form button[type=submit]");
        assertThat(fieldErrors()).containsExactlyEntriesOf(Map.of("password2", "Las contraseñas no coinciden."));

        assertThat(jdbc.sql("SELECT count(*) FROM users WHERE last_name = 'Ríos' AND email LIKE 'sin-arroba-%'")
                .query(Long.class).single()).as("nothing was sent").isZero();
    }

    @Test
    void signupShowsTheServersRefusalThenSendsToLoginWithTheEmailFilledIn() {
        var taken = api.newPlayer(Fixtures.uniqueCity("Cúcuta"));
        browser.open("/signup");
        fillSignup("Luis", "Mejía", taken.email().toUpperCase(), "Cúcuta");
        browser.click("form button[type=submit]");
        assertThat(browser.waitForText("form .message", "El correo electrónico ya está registrado."))
                .isEqualTo("El correo electrónico ya está registrado.");

        String email = "luis-" + UUID.randomUUID() + "@example.com";
        browser.type("#campo-email", email);
        browser.click("form button[type=submit]");

        browser.waitForText("#notice", "Usuario creado exitosamente. Ya puedes iniciar sesión.");
        assertThat(browser.route()).isEqualTo("/login");
        assertThat(browser.find("#campo-email").getAttribute("value")).isEqualTo(email);
        assertThat(browser.driver().switchTo().activeElement().getAttribute("name")).isEqualTo("password");
        assertThat(jdbc.sql("SELECT first_name || ' ' || last_name FROM users WHERE email = ?").param(email)
                .query(String.class).single()).isEqualTo("Luis Mejía");
    }

    @Test
    void loginChecksTheFormThenShowsTheServersMessageThenOpensMyVideos() {
        var player = api.newPlayer(Fixtures.uniqueCity("Ibagué"));
        browser.open("/login");
        browser.click("form button[type=submit]");
        assertThat(fieldErrors()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "email", "El correo electrónico es obligatorio.",
                "password", "La contraseña es obligatoria."));

        browser.type("#campo-email", player.email());
        browser.type("#campo-password", "no-es-la-clave");
        browser.click("form button[type=submit]");
        browser.waitForText("form .message", "Correo electrónico o contraseña incorrectos.");
        browser.screenshots("login");

        browser.type("#campo-password", "secreta123");
        browser.click("form button[type=submit]");
        browser.waitForText("#notice", "Sesión iniciada como " + player.email());
        assertThat(browser.route()).isEqualTo("/mis-videos");
        assertThat(browser.find("#nav").getText()).contains("Mis videos", "Salir").doesNotContain("Iniciar sesión");

        browser.click("#nav .link-button");
        browser.waitForText("#notice", "Sesión cerrada.");
        assertThat(browser.find("#nav").getText()).contains("Iniciar sesión").doesNotContain("Mis videos");
        browser.open("/mis-videos");
        assertThat(browser.route()).isEqualTo("/login?next=%2Fmis-videos");
        assertThat(browser.find("#notice").getText()).isEqualTo("Inicia sesión para ver tus videos.");
    }

    @Test
    void aSessionTheServerNoLongerAcceptsSendsThePlayerBackToLogin() {
        browser.open("/");
        // a token signed with another key, as after a server restart with a new JWT secret
        browser.script("localStorage.setItem('anb.session', JSON.stringify({token: arguments[0],"
                + " expiresAt: Date.now() + 3600000, email: 'viejo@example.com'}))", forgedToken());
        browser.open("/mis-videos");

        browser.waitForText("#notice", "El token de acceso no es válido o ha expirado.");
        assertThat(browser.route()).startsWith("/login");
        assertThat(browser.find("#nav").getText()).contains("Iniciar sesión");

        browser.script("localStorage.setItem('anb.session', JSON.stringify({token: arguments[0],"
                + " expiresAt: Date.now() + 3600000, email: 'viejo@example.com'}))", forgedToken());
        browser.open("/");
        browser.waitUntil(d -> !browser.find("#page .message").getText().startsWith("Cargando"),
                Duration.ofSeconds(10), "the gallery never loaded");
        assertThat(browser.find("#page .message").getAttribute("data-kind"))
                .as("public pages still load: the server ignores the stale token there").isNotEqualTo("error");
    }

    private void fillSignup(String firstName, String lastName, String email, String city) {
        browser.type("#campo-first_name", firstName);
        browser.type("#campo-last_name", lastName);
        browser.type("#campo-email", email);
        browser.type("#campo-password1", "secreta123");
        browser.type("#campo-password2", "secreta123");
        browser.type("#campo-city", city);
    }

    /** Field name → message, for every field the form marks invalid. */
    private Map<String, String> fieldErrors() {
        browser.find("form .message");
        Map<String, String> errors = new TreeMap<>();
        for (var input : browser.findAll("form [aria-invalid=true]")) {
            errors.put(input.getAttribute("name"),
                    browser.find("#" + input.getAttribute("id") + "-error").getText());
        }
        return errors;
    }

    private static String forgedToken() {
        return "eyJhbGciOiJIUzI1NiJ9"
                + ".eyJzdWIiOiIwMDAwMDAwMC0wMDAwLTAwMDAtMDAwMC0wMDAwMDAwMDAwMDAiLCJleHAiOjQxMDI0NDQ4MDB9"
                + ".c2lnbmVkLXdpdGgtYW5vdGhlci1rZXk";
    }
}
