package co.anb.showcase.contest;

import static org.assertj.core.api.Assertions.assertThat;

import co.anb.showcase.ApiClient;
import co.anb.showcase.IntegrationTest;
import co.anb.showcase.fixtures.Fixtures;
import co.anb.showcase.local.Mailbox;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Staff set the contest's rules; votes that break them are refused with the API's Spanish message. */
@IntegrationTest
class ContestRulesApiTest {

    private static final Pattern TOKEN = Pattern.compile("token=([A-Za-z0-9_\\-]+)");

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
        assertThat(setRules(false, null, null).status()).isEqualTo(200);
    }

    @Test
    void theLocalProfileStartsOpenToEveryVoter() {
        var contest = api.get("/api/public/contest", null).json();
        assertThat(contest.get("verified_voters_only").asBoolean()).isFalse();
        assertThat(contest.get("voting_open").asBoolean()).isTrue();
        assertThat(contest.get("voting_opens_at").isNull()).isTrue();
        assertThat(contest.get("voting_closes_at").isNull()).isTrue();
    }

    @Test
    void withVerifiedVotersOnlyAVoteIsRefusedBeforeVerificationAndAcceptedAfter() {
        String city = Fixtures.uniqueCity("Ibagué");
        UUID video = fixtures.video(fixtures.user().city(city).insert()).published().insert();
        ApiClient.Session fan = fixtures.player(city);
        assertThat(setRules(true, null, null).status()).isEqualTo(200);
        assertThat(api.get("/api/staff/contest", staff).json().get("verified_voters_only").asBoolean()).isTrue();

        ApiClient.Response refused = vote(video, fan);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.detail()).isEqualTo("Verifica tu correo electrónico para votar.");
        assertThat(fixtures.votesCounter(video)).isZero();

        Matcher token = TOKEN.matcher(Mailbox.of(fan.email()).awaitMails(1, Duration.ofSeconds(10)).get(0).text());
        assertThat(token.find()).isTrue();
        assertThat(api.postJson("/api/auth/verify-email", null, Map.of("token", token.group(1))).status())
                .isEqualTo(200);
        assertThat(vote(video, fan).status()).isEqualTo(200);
        assertThat(fixtures.votesCounter(video)).isEqualTo(1);
    }

    @Test
    void outsideTheVotingWindowVotesAreRefused() {
        String city = Fixtures.uniqueCity("Armenia");
        UUID video = fixtures.video(fixtures.user().city(city).insert()).published().insert();
        ApiClient.Session fan = fixtures.player(city);
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);

        assertThat(setRules(false, now.minus(Duration.ofDays(2)), now.minus(Duration.ofDays(1))).status())
                .isEqualTo(200);
        ApiClient.Response closed = vote(video, fan);
        assertThat(closed.status()).isEqualTo(403);
        assertThat(closed.detail()).isEqualTo("La votación está cerrada.");
        var contest = api.get("/api/public/contest", null).json();
        assertThat(contest.get("voting_open").asBoolean()).isFalse();
        assertThat(Instant.parse(contest.get("voting_closes_at").asString()))
                .isEqualTo(now.minus(Duration.ofDays(1)));

        assertThat(setRules(false, now.plus(Duration.ofDays(1)), null).status()).isEqualTo(200);
        assertThat(vote(video, fan).detail()).isEqualTo("La votación está cerrada.");

        assertThat(setRules(false, now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(1))).status())
                .isEqualTo(200);
        assertThat(vote(video, fan).status()).isEqualTo(200);
        assertThat(fixtures.votesCounter(video)).isEqualTo(1);
    }

    @Test
    void invalidRulesAreRefusedAndChangesAreAudited() {
        Instant now = Instant.now();
        assertThat(setRules(false, now, now.minusSeconds(60)).status()).isEqualTo(400);
        assertThat(api.putJson("/api/staff/contest", staff, "{\"voting_opens_at\":null}").status()).isEqualTo(400);
        assertThat(api.putJson("/api/staff/contest", staff,
                "{\"verified_voters_only\":true,\"voting_opens_at\":\"mañana\"}").status()).isEqualTo(400);
        assertThat(api.get("/api/staff/contest", staff).json().get("verified_voters_only").asBoolean()).isFalse();

        assertThat(setRules(true, null, null).status()).isEqualTo(200);
        var latest = api.get("/api/staff/audit-log", staff).json().get(0);
        assertThat(latest.get("action").asString()).isEqualTo("contest_settings_changed");
        assertThat(latest.get("details").asString()).contains("verifiedVotersOnly=true");
        assertThat(latest.get("staff_id").asString()).isEqualTo(api.get("/api/me", staff).json().get("id").asString());
    }

    private ApiClient.Response setRules(boolean verifiedOnly, Instant opensAt, Instant closesAt) {
        Map<String, Object> body = new HashMap<>();
        body.put("verified_voters_only", verifiedOnly);
        body.put("voting_opens_at", opensAt == null ? null : opensAt.toString());
        body.put("voting_closes_at", closesAt == null ? null : closesAt.toString());
        return api.putJson("/api/staff/contest", staff, body);
    }

    private ApiClient.Response vote(UUID video, ApiClient.Session voter) {
        return api.postJson("/api/public/videos/" + video + "/vote", voter.token(), "");
    }
}
