package co.anb.showcase.auth;

import static org.assertj.core.api.Assertions.assertThat;

import co.anb.showcase.ApiClient;
import co.anb.showcase.IntegrationTest;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Signup and login over real HTTP against PostgreSQL: every status code and message of SPEC.md §2 #1–#2. */
@IntegrationTest
class AuthApiTest {

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
    void signupCreatesUserWithHashedPassword() {
        Map<String, Object> body = signup(uniqueEmail());
        var response = api.postJson("/api/auth/signup", null, body);

        assertThat(response.status()).isEqualTo(201);
        assertThat(response.json().get("message").asString()).isEqualTo("Usuario creado exitosamente.");
        UUID id = UUID.fromString(response.json().get("user_id").asString());
        String hash = jdbc.sql("SELECT password_hash FROM users WHERE id = ?").param(id).query(String.class).single();
        assertThat(hash).startsWith("$argon2id$").doesNotContain("secreta123");
    }

    @Test
    void emailIsUniqueWhateverItsCase() {
        String email = uniqueEmail();
        assertThat(api.postJson("/api/auth/signup", null, signup(email)).status()).isEqualTo(201);

        var again = api.postJson("/api/auth/signup", null, signup(email.toUpperCase()));

        assertThat(again.status()).isEqualTo(400);
        assertThat(again.detail()).isEqualTo("El correo electrónico ya está registrado.");
        assertThat(again.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void differentPasswordsAreRejected() {
        Map<String, Object> body = signup(uniqueEmail());
        body.put("password2", "otraclave99");
        var response = api.postJson("/api/auth/signup", null, body);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.detail()).isEqualTo("Las contraseñas no coinciden.");
        assertNoUser(body);
    }

    @Test
    void invalidFieldsAreListedBySnakeCaseName() {
        Map<String, Object> body = signup("not-an-email");
        body.put("password1", "short");
        body.put("password2", "short");
        body.remove("first_name");
        var response = api.postJson("/api/auth/signup", null, body);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").findValuesAsString("field"))
                .containsExactlyInAnyOrder("email", "first_name", "password1");
        assertThat(response.detail()).contains("email", "first_name", "password1");
        assertThat(response.body()).contains("El correo electrónico no tiene un formato válido.")
                .contains("La contraseña debe tener entre 8 y 72 caracteres.");
    }

    @Test
    void malformedJsonWrongTypesAndEmptyBodyAreClearErrors() {
        var malformed = api.postRaw("/api/auth/signup", null, "application/json", "{\"email\": ");
        var wrongType = api.postRaw("/api/auth/signup", null, "application/json",
                "{\"first_name\":123,\"last_name\":\"X\",\"email\":\"%s\",\"password1\":\"secreta123\",\"password2\":\"secreta123\",\"city\":\"Cali\",\"country\":\"Colombia\"}"
                        .formatted(uniqueEmail()));
        var empty = api.postRaw("/api/auth/signup", null, "application/json", "");
        var notJson = api.postRaw("/api/auth/login", null, "text/plain", "hola");

        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.detail()).contains("JSON válido");
        assertThat(wrongType.status()).isEqualTo(400);
        assertThat(empty.status()).isEqualTo(400);
        assertThat(notJson.status()).isEqualTo(415);
        assertThat(notJson.detail()).contains("Tipo de contenido no soportado");
        assertThat(malformed.body()).doesNotContain("Exception").doesNotContain("at co.anb");
    }

    @Test
    void loginReturnsBearerTokenWithConfiguredLifetime() {
        String email = uniqueEmail();
        api.postJson("/api/auth/signup", null, signup(email));

        var login = api.login(email.toUpperCase(), "secreta123");

        assertThat(login.status()).isEqualTo(200);
        assertThat(login.json().get("token_type").asString()).isEqualTo("Bearer");
        assertThat(login.json().get("expires_in").asInt()).isEqualTo(3600);
        assertThat(login.json().get("access_token").asString().split("\\.")).hasSize(3);
    }

    @Test
    void wrongPasswordAndUnknownEmailGetTheSameAnswer() {
        String email = uniqueEmail();
        api.postJson("/api/auth/signup", null, signup(email));

        var wrongPassword = api.login(email, "incorrecta1");
        var unknownEmail = api.login(uniqueEmail(), "secreta123");

        assertThat(wrongPassword.status()).isEqualTo(401);
        assertThat(unknownEmail.status()).isEqualTo(401);
        assertThat(wrongPassword.detail()).isEqualTo(unknownEmail.detail())
                .isEqualTo("Correo electrónico o contraseña incorrectos.");
    }

    @Test
    void repeatedFailuresLockOnlyThatAccount() {
        String target = uniqueEmail();
        String bystander = uniqueEmail();
        api.postJson("/api/auth/signup", null, signup(target));
        api.postJson("/api/auth/signup", null, signup(bystander));

        for (int i = 0; i < 5; i++) {
            assertThat(api.login(target, "incorrecta" + i).status()).isEqualTo(401);
        }
        var locked = api.login(target, "secreta123");

        assertThat(locked.status()).isEqualTo(429);
        assertThat(locked.detail()).startsWith("Demasiados intentos fallidos.");
        assertThat(Integer.parseInt(locked.header("Retry-After"))).isBetween(1, 900);
        assertThat(api.login(bystander, "secreta123").status()).isEqualTo(200);
    }

    @Test
    void successfulLoginsAreNotThrottled() {
        String email = uniqueEmail();
        api.postJson("/api/auth/signup", null, signup(email));

        for (int i = 0; i < 12; i++) {
            assertThat(api.login(email, "secreta123").status()).isEqualTo(200);
        }
    }

    private void assertNoUser(Map<String, Object> body) {
        assertThat(jdbc.sql("SELECT count(*) FROM users WHERE lower(email) = lower(?)")
                .param(body.get("email")).query(Integer.class).single()).isZero();
    }

    static String uniqueEmail() {
        return "user-" + UUID.randomUUID() + "@example.com";
    }

    static Map<String, Object> signup(String email) {
        Map<String, Object> body = new HashMap<>();
        body.put("first_name", "Ana");
        body.put("last_name", "Pérez");
        body.put("email", email);
        body.put("password1", "secreta123");
        body.put("password2", "secreta123");
        body.put("city", "Medellín");
        body.put("country", "Colombia");
        return body;
    }
}
