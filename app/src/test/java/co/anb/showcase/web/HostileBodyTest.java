package co.anb.showcase.web;

import static co.anb.showcase.web.ProblemExpectations.assertRefusedOrAccepted;
import static co.anb.showcase.web.ProblemExpectations.json;
import static co.anb.showcase.web.ProblemExpectations.jsonWithRaw;
import static org.assertj.core.api.Assertions.assertThat;

import co.anb.showcase.ApiClient;
import co.anb.showcase.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every hostile value of {@link HostileValues} in every field of the two JSON endpoints (signup, login), and every
 * wrong JSON type in each: never a 5xx, a refusal is a problem with a code, and a refused signup adds no account.
 */
@IntegrationTest
class HostileBodyTest {

    static final List<String> SIGNUP_FIELDS =
            List.of("first_name", "last_name", "email", "password", "password2", "city", "country");

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    ApiClient api;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
    }

    @TestFactory
    Stream<DynamicNode> signupFields() {
        return SIGNUP_FIELDS.stream().filter(field -> !field.equals("password2")).map(field -> DynamicContainer
                .dynamicContainer("signup " + field, HostileValues.TEXT.stream().map(hostile -> DynamicTest
                        .dynamicTest(hostile.name(), () -> {
                            Map<String, String> body = validSignup();
                            if (field.equals("password")) {
                                body.put("password1", hostile.value());
                                body.put("password2", hostile.value());
                            } else {
                                body.put(field, hostile.value());
                            }
                            signUpExpecting(json(body), hostile.breaksText(true) || hostile.isBlank());
                        }))));
    }

    @TestFactory
    Stream<DynamicNode> signupWrongTypes() {
        return SIGNUP_FIELDS.stream().map(field -> DynamicContainer.dynamicContainer("signup " + field,
                HostileValues.WRONG_JSON_TYPES.stream().map(raw -> DynamicTest.dynamicTest(raw, () -> {
                    Map<String, String> body = validSignup();
                    String name = field.equals("password") ? "password1" : field;
                    signUpExpecting(jsonWithRaw(body, name, raw), true);
                }))));
    }

    @TestFactory
    Stream<DynamicNode> loginFields() {
        return Stream.of("email", "password").map(field -> DynamicContainer.dynamicContainer("login " + field,
                Stream.concat(
                        HostileValues.TEXT.stream().map(hostile -> DynamicTest.dynamicTest(hostile.name(), () -> {
                            Map<String, String> body = validLogin();
                            body.put(field, hostile.value());
                            logInExpectingRefusal(json(body));
                        })),
                        HostileValues.WRONG_JSON_TYPES.stream().map(raw -> DynamicTest.dynamicTest(raw, () ->
                                logInExpectingRefusal(jsonWithRaw(validLogin(), field, raw)))))));
    }

    /** A signup that is accepted must have been acceptable text; one that is refused must leave no account. */
    private void signUpExpecting(String body, boolean mustRefuse) {
        long accounts = countUsers();
        ApiClient.Response response = api.send("POST", "/api/auth/signup", null, "application/json",
                body.getBytes(StandardCharsets.UTF_8));

        assertRefusedOrAccepted(response, mustRefuse);
        if (response.status() != 201) {
            assertThat(countUsers()).as("accounts after a refused signup").isEqualTo(accounts);
        }
    }

    /** No account has a hostile e-mail or password: every attempt is refused (400, 401 or 429). */
    private void logInExpectingRefusal(String body) {
        ApiClient.Response response = api.send("POST", "/api/auth/login", null, "application/json",
                body.getBytes(StandardCharsets.UTF_8));

        assertRefusedOrAccepted(response, true);
    }

    private long countUsers() {
        return jdbc.sql("SELECT count(*) FROM users").query(Long.class).single();
    }

    private static Map<String, String> validSignup() {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("first_name", "Ana");
        body.put("last_name", "Pérez");
        body.put("email", "hostile-" + UUID.randomUUID() + "@example.com");
        body.put("password1", "secreta123");
        body.put("password2", "secreta123");
        body.put("city", "Cali");
        body.put("country", "Colombia");
        return body;
    }

    private static Map<String, String> validLogin() {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("email", "nobody-" + UUID.randomUUID() + "@example.com");
        body.put("password", "secreta123");
        return body;
    }
}
