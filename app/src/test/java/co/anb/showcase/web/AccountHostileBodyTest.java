package co.anb.showcase.web;

import static co.anb.showcase.web.ProblemExpectations.assertRefusedOrAccepted;
import static co.anb.showcase.web.ProblemExpectations.json;
import static co.anb.showcase.web.ProblemExpectations.jsonWithRaw;

import co.anb.showcase.ApiClient;
import co.anb.showcase.IntegrationTest;
import co.anb.showcase.fixtures.Fixtures;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every hostile value and wrong JSON type in every field of the account endpoints (reset, confirm, change password,
 * delete account): never a 5xx, every refusal a problem with a code. The bodies are built so that no case can
 * succeed in changing anything (a wrong current password, an unknown token), whatever the hostile value.
 */
@IntegrationTest
class AccountHostileBodyTest {

    @LocalServerPort
    int port;

    @TestFactory
    Stream<DynamicNode> everyFieldOfEveryAccountEndpoint() {
        ApiClient api = new ApiClient(port);
        String token = api.newPlayer("Cali").token();
        List<Endpoint> endpoints = List.of(
                new Endpoint("POST", "/api/auth/password-reset", null, Map.of("email", "nadie@example.com")),
                new Endpoint("POST", "/api/auth/password-reset/confirm", null, Map.of("token", "desconocido",
                        "password1", "nuevaClave456", "password2", "nuevaClave456")),
                new Endpoint("POST", "/api/me/password", token, Map.of("current_password", "incorrecta1",
                        "password1", "nuevaClave456", "password2", "nuevaClave456")),
                new Endpoint("DELETE", "/api/me", token, Map.of("password", "incorrecta1")));
        return endpoints.stream().flatMap(endpoint -> endpoint.valid().keySet().stream().map(field ->
                DynamicContainer.dynamicContainer(endpoint.method() + " " + endpoint.path() + " " + field,
                        Stream.concat(
                                HostileValues.TEXT.stream().map(hostile -> DynamicTest.dynamicTest(hostile.name(),
                                        () -> send(api, endpoint, json(with(endpoint, field, hostile.value())),
                                                hostile.breaksText(true) && !field.equals("email")))),
                                HostileValues.WRONG_JSON_TYPES.stream().map(raw -> DynamicTest.dynamicTest(raw,
                                        () -> send(api, endpoint, jsonWithRaw(endpoint.valid(), field, raw),
                                                true)))))));
    }

    /** Each case from an address of its own, so the per-address budgets do not turn every later case into a 429. */
    private static void send(ApiClient api, Endpoint endpoint, String body, boolean mustRefuse) {
        String address = Fixtures.uniqueAddress();
        ApiClient.Response response = api.fromAddress(address).send(endpoint.method(), endpoint.path(),
                endpoint.token(), "application/json", body.getBytes(StandardCharsets.UTF_8));
        assertRefusedOrAccepted(response, mustRefuse);
    }

    private static Map<String, String> with(Endpoint endpoint, String field, String value) {
        Map<String, String> body = new LinkedHashMap<>(endpoint.valid());
        body.put(field, value);
        return body;
    }

    private record Endpoint(String method, String path, String token, Map<String, String> valid) {
    }
}
