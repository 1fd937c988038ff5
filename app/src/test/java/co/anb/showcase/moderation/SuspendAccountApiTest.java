package co.anb.showcase.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import co.anb.showcase.ApiClient;
import co.anb.showcase.IntegrationTest;
import co.anb.showcase.PublicFixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * A suspended account cannot log in, its token can no longer vote or upload, its videos leave the public reads and
 * its votes stop counting; reinstating it restores exactly those votes and videos.
 */
@IntegrationTest
class SuspendAccountApiTest {

    private static final String REASON = "Suplantación de identidad";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    PublicFixtures fixtures;
    StaffCalls staff;
    String city;
    ApiClient.Session suspect;
    UUID suspectVideo;
    UUID rivalFirst;
    UUID rivalSecond;

    @BeforeEach
    void setUp() {
        ApiClient api = new ApiClient(port);
        fixtures = new PublicFixtures(api, jdbc);
        staff = new StaffCalls(api, api.staffToken());
        city = PublicFixtures.uniqueCity("Valledupar");
        suspect = fixtures.player(city, "Jugador", "Sospechoso");
        suspectVideo = fixtures.processedVideo(suspect.userId(), "Mi jugada", Instant.now(), 2);
        UUID rival = fixtures.player(city, "Jugadora", "Rival").userId();
        rivalFirst = fixtures.processedVideo(rival, "Primera", Instant.now(), 0);
        rivalSecond = fixtures.processedVideo(rival, "Segunda", Instant.now(), 0);
        assertThat(staff.vote(rivalFirst, suspect.token()).status()).isEqualTo(200);
        assertThat(staff.vote(rivalSecond, suspect.token()).status()).isEqualTo(200);
        assertThat(staff.vote(rivalFirst, fixtures.player(city).token()).status()).isEqualTo(200);
    }

    @Test
    void aSuspensionHidesTheAccountsVideosAndUncountsItsVotesUntilReinstated() throws Exception {
        assertThat(staff.ranking(city)).containsEntry("Jugadora Rival", 3L).containsEntry("Jugador Sospechoso", 2L);
        assertThat(staff.gallery(city)).containsKey(suspectVideo.toString());

        ApiClient.Response suspended = staff.suspend(suspect.userId(), " " + REASON + " ");
        assertThat(suspended.status()).isEqualTo(200);
        assertThat(suspended.json().get("user_id").asString()).isEqualTo(suspect.userId().toString());
        assertThat(suspended.json().get("suspended").asBoolean()).isTrue();
        assertThat(suspended.json().get("suspended_reason").asString()).isEqualTo(REASON);

        ApiClient.Response login = staff.api().login(suspect.email(), "secreta123");
        assertThat(login.status()).isEqualTo(403);
        assertThat(login.json().get("code").asString()).isEqualTo("account_suspended");
        assertThat(login.detail()).isEqualTo("Tu cuenta está suspendida: " + REASON);
        assertThat(staff.api().login(suspect.email(), "otra-clave").status()).as("no hint without the password")
                .isEqualTo(401);
        ApiClient.Response vote = staff.vote(rivalFirst, suspect.token());
        assertThat(vote.status()).isEqualTo(403);
        assertThat(vote.json().get("code").asString()).isEqualTo("account_suspended");
        Path file = Files.createTempFile("anb-suspended-", ".mp4");
        try {
            Files.write(file, new byte[1024]);
            ApiClient.Response upload = staff.api().upload(suspect.token(), file, "clip.mp4", "Otra jugada");
            assertThat(upload.status()).isEqualTo(403);
            assertThat(upload.json().get("code").asString()).isEqualTo("account_suspended");
        } finally {
            Files.delete(file);
        }

        assertThat(fixtures.votesCounter(rivalFirst)).isEqualTo(1);
        assertThat(fixtures.votesCounter(rivalSecond)).isZero();
        assertThat(staff.gallery(city)).as("gallery cache evicted")
                .containsExactlyInAnyOrderEntriesOf(Map.of(rivalFirst.toString(), 1, rivalSecond.toString(), 0));
        assertThat(staff.ranking(city)).as("rankings cache evicted").containsOnlyKeys("Jugadora Rival")
                .containsEntry("Jugadora Rival", 1L);
        assertThat(staff.vote(suspectVideo, fixtures.player(city).token()).status()).isEqualTo(404);
        JsonNode account = staff.api().get("/api/staff/users?q=" + StaffCalls.encode(suspect.email()),
                staff.staff()).json();
        assertThat(account.get("total").asLong()).isEqualTo(1);
        assertThat(account.get("items").get(0).get("suspended").asBoolean()).isTrue();
        assertThat(account.get("items").get(0).get("suspended_reason").asString()).isEqualTo(REASON);
        assertThat(account.get("items").get(0).get("videos").asLong()).isEqualTo(1);

        ApiClient.Response reinstated = staff.reinstate(suspect.userId());
        assertThat(reinstated.status()).isEqualTo(200);
        assertThat(reinstated.json().get("suspended").asBoolean()).isFalse();
        assertThat(fixtures.votesCounter(rivalFirst)).isEqualTo(2);
        assertThat(fixtures.votesCounter(rivalSecond)).isEqualTo(1);
        assertThat(staff.ranking(city)).containsEntry("Jugadora Rival", 3L).containsEntry("Jugador Sospechoso", 2L);
        assertThat(staff.gallery(city)).containsEntry(suspectVideo.toString(), 2);
        String token = staff.api().login(suspect.email(), "secreta123").json().get("access_token").asString();
        assertThat(staff.vote(rivalFirst, token).json().get("code").asString()).isEqualTo("already_voted");

        assertThat(staff.audit("user:" + suspect.userId())).extracting(entry -> entry.get("action").asString())
                .containsExactly("reinstate_account", "suspend_account");
        assertThat(staff.audit("user:" + suspect.userId()).get(1).get("reason").asString()).isEqualTo(REASON);
    }

    @Test
    void votesVoidedForCheatingDuringASuspensionStayVoidedAfterReinstating() {
        assertThat(staff.suspend(suspect.userId(), REASON).status()).isEqualTo(200);
        assertThat(staff.suspend(suspect.userId(), "Otra vez").json().get("suspended_reason").asString())
                .isEqualTo("Otra vez");
        assertThat(staff.api().postJson("/api/staff/users/" + suspect.userId() + "/void-votes", staff.staff(),
                Map.of("reason", "Votos comprados")).status()).isEqualTo(200);

        assertThat(staff.reinstate(suspect.userId()).status()).isEqualTo(200);
        assertThat(staff.reinstate(suspect.userId()).status()).as("reinstating twice changes nothing")
                .isEqualTo(200);
        assertThat(fixtures.votesCounter(rivalFirst)).isEqualTo(1);
        assertThat(fixtures.votesCounter(rivalSecond)).isZero();
        assertThat(staff.ranking(city)).containsEntry("Jugadora Rival", 1L).containsEntry("Jugador Sospechoso", 2L);
        assertThat(staff.api().login(suspect.email(), "secreta123").status()).isEqualTo(200);
    }

    @Test
    void accountsAreFoundByNameOrEmailWithLiteralWildcards() {
        JsonNode byName = staff.api().get("/api/staff/users?q=" + StaffCalls.encode("sospechoso"), staff.staff())
                .json();
        assertThat(byName.get("items").findValuesAsString("email")).contains(suspect.email());
        JsonNode first = byName.get("items").get(0);
        assertThat(first.has("first_name") && first.has("role") && first.has("email_verified")).isTrue();
        assertThat(staff.api().get("/api/staff/users?q=%25%25%25zz", staff.staff()).json().get("total").asLong())
                .isZero();
        assertThat(staff.api().get("/api/staff/users?page=0", staff.staff()).status()).isEqualTo(400);
    }
}
