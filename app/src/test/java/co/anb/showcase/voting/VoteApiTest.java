package co.anb.showcase.voting;

import static org.assertj.core.api.Assertions.assertThat;

import co.anb.showcase.ApiClient;
import co.anb.showcase.IntegrationTest;
import co.anb.showcase.fixtures.Fixtures;
import co.anb.showcase.videos.VideoStatus;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Contract of {@code POST /api/public/videos/{video_id}/vote} (#8). */
@IntegrationTest
class VoteApiTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    ApiClient api;
    Fixtures fixtures;
    String city;
    ApiClient.Session owner;
    ApiClient.Session voter;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        fixtures = new Fixtures(api, jdbc);
        city = Fixtures.uniqueCity("Bogotá");
        owner = fixtures.player(city);
        voter = fixtures.player(Fixtures.uniqueCity("Ibagué"));
    }

    @Test
    void countsAVoteOnAPublishedVideo() {
        UUID video = fixtures.video(owner.userId()).published().insert();

        var response = vote(video, voter);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("message").asString()).isEqualTo("Voto registrado exitosamente.");
        assertThat(fixtures.votesCounter(video)).isEqualTo(1);
        assertThat(fixtures.voteRows(video)).isEqualTo(1);
        var listing = api.get("/api/public/videos?city=" + city.replace(" ", "%20"), voter.token());
        assertThat(listing.json().get(0).get("votes").asInt()).isEqualTo(1);
        assertThat(listing.json().get(0).get("voted_by_me").asBoolean()).isTrue();
    }

    @Test
    void rejectsASecondVoteForTheSameVideo() {
        UUID video = fixtures.video(owner.userId()).published().insert();
        assertThat(vote(video, voter).status()).isEqualTo(200);

        var again = vote(video, voter);

        assertThat(again.status()).isEqualTo(400);
        assertThat(again.header("Content-Type")).startsWith("application/problem+json");
        assertThat(again.detail()).isEqualTo("Ya has votado por este video.");
        assertThat(fixtures.votesCounter(video)).isEqualTo(1);
        assertThat(fixtures.voteRows(video)).isEqualTo(1);
    }

    @Test
    void oneUserMayVoteForManyVideosAndManyUsersForOneVideo() {
        UUID first = fixtures.video(owner.userId()).published().insert();
        UUID second = fixtures.video(owner.userId()).published().insert();
        var otherVoter = fixtures.player(city);

        assertThat(vote(first, voter).status()).isEqualTo(200);
        assertThat(vote(second, voter).status()).isEqualTo(200);
        assertThat(vote(first, otherVoter).status()).isEqualTo(200);

        assertThat(fixtures.votesCounter(first)).isEqualTo(2);
        assertThat(fixtures.votesCounter(second)).isEqualTo(1);
    }

    @Test
    void rejectsAVoteForOnesOwnVideo() {
        UUID video = fixtures.video(owner.userId()).published().insert();

        var response = vote(video, owner);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.detail()).isEqualTo("No puedes votar por tus propios videos.");
        assertThat(fixtures.votesCounter(video)).isZero();
        assertThat(fixtures.voteRows(video)).isZero();
    }

    @Test
    void requiresAToken() {
        UUID video = fixtures.video(owner.userId()).published().insert();

        var anonymous = api.postJson("/api/public/videos/" + video + "/vote", null, "");
        var badToken = api.postJson("/api/public/videos/" + video + "/vote", "not-a-jwt", "");

        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.header("Content-Type")).startsWith("application/problem+json");
        assertThat(anonymous.detail()).isNotBlank();
        assertThat(badToken.status()).isEqualTo(401);
        assertThat(fixtures.votesCounter(video)).isZero();
    }

    @Test
    void unknownVideoIsNotFound() {
        var response = vote(UUID.randomUUID(), voter);

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.detail()).isEqualTo("Video no encontrado.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "123", "not-a-uuid-at-all", "00000000-0000-0000-0000-00000000000g"})
    void malformedIdIsNotFound(String id) {
        var response = api.postJson("/api/public/videos/" + id + "/vote", voter.token(), "");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.detail()).isEqualTo("Video no encontrado.");
    }

    @ParameterizedTest
    @EnumSource(value = VideoStatus.class, names = {"UPLOADED", "PROCESSING", "FAILED"})
    void videoNotPublishedIsNotFound(VideoStatus status) {
        UUID video = fixtures.video(owner.userId()).in(status).insert();

        var fromVoter = vote(video, voter);
        var fromOwner = vote(video, owner);

        assertThat(fromVoter.status()).isEqualTo(404);
        assertThat(fromVoter.detail()).isEqualTo("Video no encontrado.");
        assertThat(fromOwner.status()).isEqualTo(404);
        assertThat(fixtures.voteRows(video)).isZero();
        assertThat(fixtures.votesCounter(video)).isZero();
    }

    @Test
    void getIsNotAllowedOnTheVoteEndpoint() {
        UUID video = fixtures.video(owner.userId()).published().insert();

        var response = api.get("/api/public/videos/" + video + "/vote", voter.token());

        assertThat(response.status()).isEqualTo(405);
        assertThat(fixtures.votesCounter(video)).isZero();
    }

    private ApiClient.Response vote(UUID video, ApiClient.Session session) {
        return api.postJson("/api/public/videos/" + video + "/vote", session.token(), "");
    }
}
