package co.anb.showcase.voting;

import static org.assertj.core.api.Assertions.assertThat;

import co.anb.showcase.ApiClient;
import co.anb.showcase.IntegrationTest;
import co.anb.showcase.fixtures.Fixtures;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * A script signs up 50 accounts and votes with each for one video, all from one address. Only verified voters: no
 * vote counts. Without that rule: the burst limit stops it, staff find the cluster, void those accounts' votes, and
 * the video's count and its player's ranking position are what they were before the attack.
 */
@IntegrationTest
class FairVoteAttackTest {

    private static final int SCRIPTED_ACCOUNTS = 50;

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    ApiClient api;
    Fixtures fixtures;
    String staff;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        fixtures = new Fixtures(api, jdbc);
        staff = api.staffToken();
    }

    @AfterEach
    void restoreLocalDefaults() {
        setVerifiedVotersOnly(false);
    }

    @Test
    void aScriptedVoteIsRefusedLimitedFoundAndVoided() {
        String city = Fixtures.uniqueCity("Montería");
        UUID targetOwner = fixtures.user().named("Jugador", "Objetivo").city(city).insert();
        UUID target = fixtures.video(targetOwner).published().insert();
        UUID rival = fixtures.user().named("Jugador", "Rival").city(city).insert();
        fixtures.video(rival).published().title("Rival").votes(5).insert();
        for (int i = 0; i < 3; i++) {
            assertThat(vote(api, target, fixtures.player(city).token()).status()).isEqualTo(200);
        }
        int countBefore = fixtures.votesCounter(target);
        long positionBefore = position(city, "Jugador Objetivo");
        assertThat(countBefore).isEqualTo(3);
        assertThat(positionBefore).isEqualTo(2);

        setVerifiedVotersOnly(true);
        List<ApiClient.Response> refused = script(api.fromAddress(Fixtures.uniqueAddress()), target);
        assertThat(refused).extracting(ApiClient.Response::status).containsOnly(403, 429).contains(403);
        assertThat(fixtures.votesCounter(target)).isEqualTo(countBefore);

        setVerifiedVotersOnly(false);
        List<ApiClient.Response> limited = script(api.fromAddress(Fixtures.uniqueAddress()), target);
        assertThat(limited).filteredOn(response -> response.status() == 200)
                .as("answers: %s", limited.stream().map(r -> r.status() + " " + r.body()).distinct().toList())
                .hasSize(10);
        assertThat(limited).filteredOn(response -> response.status() == 429).hasSize(SCRIPTED_ACCOUNTS - 10);
        assertThat(fixtures.votesCounter(target)).isEqualTo(countBefore + 10);
        assertThat(position(city, "Jugador Objetivo")).isEqualTo(1);

        JsonNode clusters = api.get("/api/staff/votes/suspicious?video_id=" + target, staff).json();
        JsonNode byAddress = find(clusters, "ip", 10);
        assertThat(byAddress.get("accounts").asInt()).isEqualTo(10);
        assertThat(byAddress.get("span_seconds").asLong()).isBetween(0L, 120L);
        assertThat(byAddress.get("key").asString()).hasSize(16);
        assertThat(find(clusters, "new_accounts", 13).get("accounts").asInt()).isEqualTo(13);
        assertThat(find(clusters, "unverified_accounts", 13)).isNotNull();

        for (JsonNode user : byAddress.get("user_ids")) {
            ApiClient.Response voided = api.postJson("/api/staff/users/" + user.asString() + "/void-votes", staff,
                    Map.of("reason", "Cuentas creadas en ráfaga desde una misma dirección"));
            assertThat(voided.status()).isEqualTo(200);
            assertThat(voided.json().get("votes_voided").asInt()).isEqualTo(1);
        }

        assertThat(fixtures.votesCounter(target)).isEqualTo(countBefore);
        assertThat(position(city, "Jugador Objetivo")).as("rankings evicted at once").isEqualTo(positionBefore);
        assertThat(fixtures.voteRows(target)).as("voided votes are kept").isEqualTo(countBefore + 10);
        assertThat(find(api.get("/api/staff/votes/suspicious?video_id=" + target, staff).json(), "ip", 10)
                .get("voided").asInt()).isEqualTo(10);
        JsonNode audit = api.get("/api/staff/audit-log", staff).json().get(0);
        assertThat(audit.get("action").asString()).isEqualTo("void_votes");
        assertThat(audit.get("reason").asString()).isEqualTo("Cuentas creadas en ráfaga desde una misma dirección");
        assertThat(audit.get("at").asString()).isNotBlank();
    }

    @Test
    void voidingNeedsAReason() {
        ApiClient.Session player = fixtures.player(Fixtures.uniqueCity("Sincelejo"));
        assertThat(api.postJson("/api/staff/users/" + player.userId() + "/void-votes", staff, Map.of("reason", " "))
                .status()).isEqualTo(400);
        assertThat(api.postJson("/api/staff/users/not-a-uuid/void-votes", staff, Map.of("reason", "x")).status())
                .isEqualTo(404);
    }

    /** The script: sign up and log in each account, then vote, all from the client's one address. */
    private static List<ApiClient.Response> script(ApiClient client, UUID video) {
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < SCRIPTED_ACCOUNTS; i++) {
            String email = "bot-" + UUID.randomUUID() + "@example.com";
            Map<String, String> signup = Map.of("first_name", "Bot", "last_name", "Bot", "email", email,
                    "password1", "secreta123", "password2", "secreta123", "city", "Bogotá", "country", "Colombia");
            assertThat(client.postJson("/api/auth/signup", null, signup).status()).isEqualTo(201);
            tokens.add(client.login(email, "secreta123").json().get("access_token").asString());
        }
        return tokens.stream().map(token -> vote(client, video, token)).toList();
    }

    private static ApiClient.Response vote(ApiClient client, UUID video, String token) {
        return client.postJson("/api/public/videos/" + video + "/vote", token, "");
    }

    private long position(String city, String username) {
        JsonNode page = api.get("/api/public/rankings?city=" + city.replace(" ", "%20"), null).json();
        return StreamSupport.stream(page.spliterator(), false)
                .filter(row -> row.get("username").asString().equals(username))
                .findFirst().orElseThrow().get("position").asLong();
    }

    private static JsonNode find(JsonNode clusters, String kind, int votes) {
        Set<String> seen = StreamSupport.stream(clusters.spliterator(), false)
                .map(c -> c.get("kind").asString() + ":" + c.get("votes").asInt()).collect(Collectors.toSet());
        return StreamSupport.stream(clusters.spliterator(), false)
                .filter(c -> c.get("kind").asString().equals(kind) && c.get("votes").asInt() == votes)
                .findFirst().orElseThrow(() -> new AssertionError("no " + kind + " cluster of " + votes + " in "
                        + seen));
    }

    private void setVerifiedVotersOnly(boolean on) {
        Map<String, Object> rules = new HashMap<>();
        rules.put("verified_voters_only", on);
        rules.put("voting_opens_at", null);
        rules.put("voting_closes_at", null);
        assertThat(api.putJson("/api/staff/contest", staff, rules).status()).isEqualTo(200);
    }
}
