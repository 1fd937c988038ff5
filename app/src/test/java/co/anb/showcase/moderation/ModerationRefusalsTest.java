package co.anb.showcase.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import co.anb.showcase.ApiClient;
import co.anb.showcase.IntegrationTest;
import co.anb.showcase.PublicFixtures;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Who may moderate (staff only), what needs a reason, what names nothing, and who cannot be suspended. */
@IntegrationTest
class ModerationRefusalsTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    ApiClient api;
    PublicFixtures fixtures;
    StaffCalls staff;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        fixtures = new PublicFixtures(api, jdbc);
        staff = new StaffCalls(api, api.staffToken());
    }

    @Test
    void playersAreForbiddenAndAnonymousCallersMustLogIn() {
        ApiClient.Session player = fixtures.player(PublicFixtures.uniqueCity("Neiva"));
        UUID video = fixtures.processedVideo(player.userId());
        Map<String, String> reason = Map.of("reason", "Porque sí");
        List<String> posts = List.of("/api/staff/videos/" + video + "/hide", "/api/staff/videos/" + video + "/unhide",
                "/api/staff/users/" + player.userId() + "/suspend",
                "/api/staff/users/" + player.userId() + "/reinstate");
        for (String path : posts) {
            ApiClient.Response forbidden = api.postJson(path, player.token(), reason);
            assertThat(forbidden.status()).as(path).isEqualTo(403);
            assertThat(forbidden.json().get("code").asString()).isEqualTo("forbidden");
            assertThat(api.postJson(path, null, reason).status()).as(path).isEqualTo(401);
        }
        for (String path : List.of("/api/staff/videos", "/api/staff/users?q=a")) {
            assertThat(api.get(path, player.token()).status()).as(path).isEqualTo(403);
            assertThat(api.get(path, null).status()).as(path).isEqualTo(401);
        }
        assertThat(fixtures.votesCounter(video)).isZero();
        assertThat(staff.gallery(jdbc.sql("SELECT city FROM users WHERE id = :id").param("id", player.userId())
                .query(String.class).single())).containsKey(video.toString());
    }

    @Test
    void unknownIdsAreNotFound() {
        UUID unknown = UUID.randomUUID();
        for (ApiClient.Response response : List.of(staff.hide(unknown, "x"), staff.unhide(unknown),
                api.postJson("/api/staff/videos/no-es-un-id/hide", staff.staff(), Map.of("reason", "x")))) {
            assertThat(response.status()).isEqualTo(404);
            assertThat(response.json().get("detail").asString()).isEqualTo("Video no encontrado.");
        }
        for (ApiClient.Response response : List.of(staff.suspend(unknown, "x"), staff.reinstate(unknown),
                api.postJson("/api/staff/users/no-es-un-id/reinstate", staff.staff(), ""))) {
            assertThat(response.status()).isEqualTo(404);
            assertThat(response.json().get("code").asString()).isEqualTo("user_not_found");
        }
    }

    @Test
    void aReasonIsRequiredTrimmedAndAtMost500Characters() {
        ApiClient.Session player = fixtures.player(PublicFixtures.uniqueCity("Ibagué"));
        UUID video = fixtures.processedVideo(player.userId());
        for (String path : List.of("/api/staff/videos/" + video + "/hide",
                "/api/staff/users/" + player.userId() + "/suspend")) {
            for (Object body : List.of(Map.of("reason", "   "), Map.of("reason", "x".repeat(501)), Map.of(), "")) {
                ApiClient.Response refused = api.postJson(path, staff.staff(), body);
                assertThat(refused.status()).as(path + " " + body).isEqualTo(400);
                assertThat(refused.json().get("code").asString()).isEqualTo("reason_required");
                assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
            }
        }
        assertThat(staff.hide(video, "x".repeat(500)).status()).isEqualTo(200);
        assertThat(staff.audit("user:" + player.userId())).isEmpty();
        assertThat(api.login(player.email(), "secreta123").status()).isEqualTo(200);
    }

    @Test
    void staffAccountsCannotBeSuspended() {
        String staffId = api.get("/api/me", staff.staff()).json().get("id").asString();
        ApiClient.Response refused = staff.suspend(UUID.fromString(staffId), "Prueba");
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("code").asString()).isEqualTo("staff_not_suspendable");
        assertThat(api.staffToken()).isNotBlank();
    }
}
