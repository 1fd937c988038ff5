package co.anb.showcase.auth;

import static org.assertj.core.api.Assertions.assertThat;

import co.anb.showcase.ApiClient;
import co.anb.showcase.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;

/** The local profile's staff account, the JWT's roles claim, and /api/staff/** for staff only. */
@IntegrationTest
class StaffRoleTest {

    @LocalServerPort
    int port;
    ApiClient api;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
    }

    @Test
    void theLocalStaffAccountIsMadeAtStartVerifiedAndItsTokenCarriesTheRole() {
        String token = api.staffToken();
        assertThat(claims(token).get("roles").get(0).asString()).isEqualTo("staff");
        var me = api.get("/api/me", token).json();
        assertThat(me.get("role").asString()).isEqualTo("staff");
        assertThat(me.get("email_verified").asBoolean()).isTrue();
        assertThat(api.get("/api/staff/contest", token).status()).isNotIn(401, 403);
    }

    @Test
    void playersAndAnonymousCallersAreKeptOutOfStaffPaths() {
        ApiClient.Session player = api.newPlayer("Neiva");
        assertThat(claims(player.token()).get("roles").get(0).asString()).isEqualTo("player");

        ApiClient.Response forbidden = api.get("/api/staff/contest", player.token());
        assertThat(forbidden.status()).isEqualTo(403);
        assertThat(forbidden.header("Content-Type")).startsWith("application/problem+json");
        assertThat(forbidden.detail()).isEqualTo("No tienes permiso para realizar esta acción.");
        assertThat(api.postJson("/api/staff/users/" + player.userId() + "/void-votes", player.token(),
                "{\"reason\":\"x\"}").status()).isEqualTo(403);
        assertThat(api.get("/api/staff/contest", null).status()).isEqualTo(401);
    }

    @Test
    void aStaffPasswordNeedsTwelveCharactersALetterAndADigit() {
        assertThat(StaffAccount.isStrong("StaffLocal2026!")).isTrue();
        assertThat(StaffAccount.isStrong("abcdefghij12")).isTrue();
        assertThat(StaffAccount.isStrong("abcdefghi12")).as("11 characters").isFalse();
        assertThat(StaffAccount.isStrong("abcdefghijklmnop")).as("no digit").isFalse();
        assertThat(StaffAccount.isStrong("123456789012345")).as("no letter").isFalse();
        assertThat(StaffAccount.isStrong(null)).isFalse();
    }

    private static tools.jackson.databind.JsonNode claims(String token) {
        String payload = new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
        return JsonMapper.builder().build().readTree(payload);
    }
}
