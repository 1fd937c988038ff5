package co.anb.showcase.voting;

import static org.assertj.core.api.Assertions.assertThat;

import co.anb.showcase.ApiClient;
import co.anb.showcase.IntegrationTest;
import co.anb.showcase.fixtures.Fixtures;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The database, not a prior read, decides uniqueness: concurrent votes are counted exactly once each. */
@IntegrationTest
class VoteConcurrencyTest {

    private static final int CALLERS = 50;
    private static final int BURST_LIMIT = 10;

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    ApiClient api;
    Fixtures fixtures;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        fixtures = new Fixtures(api, jdbc);
    }

    /**
     * One account, one address, one video: past the tightest burst limit (10 a minute per address and video) the
     * attempts are refused with 429 before any vote is read.
     */
    @Test
    void fiftyIdenticalVotesAtOnceCountOnce() throws Exception {
        String city = Fixtures.uniqueCity("Santa Marta");
        UUID video = fixtures.video(fixtures.user().city(city).insert()).published().insert();
        var voter = fixtures.player(city);

        List<ApiClient.Response> responses = allAtOnce(i -> vote(video, voter));

        assertThat(responses).filteredOn(response -> response.status() == 200).hasSize(1);
        assertThat(responses).filteredOn(response -> response.status() == 400).hasSize(BURST_LIMIT - 1)
                .allSatisfy(response -> assertThat(response.detail()).isEqualTo("Ya has votado por este video."));
        assertThat(responses).filteredOn(response -> response.status() == 429).hasSize(CALLERS - BURST_LIMIT);
        assertThat(fixtures.votesCounter(video)).isEqualTo(1);
        assertThat(fixtures.voteRows(video)).isEqualTo(1);
        var listing = api.get("/api/public/videos?city=" + city.replace(" ", "%20"), voter.token());
        assertThat(listing.json().get(0).get("votes").asInt()).isEqualTo(1);
        assertThat(listing.json().get(0).get("voted_by_me").asBoolean()).isTrue();
    }

    @Test
    void fiftyDifferentVotersAtOnceAreAllCounted() throws Exception {
        String city = Fixtures.uniqueCity("Valledupar");
        UUID video = fixtures.video(fixtures.user().city(city).insert()).published().insert();
        List<ApiClient.Session> voters = allAtOnce(i -> fixtures.player(city));

        List<ApiClient.Response> responses = allAtOnce(i -> vote(video, voters.get(i)));

        assertThat(responses).extracting(ApiClient.Response::status).containsOnly(200);
        assertThat(fixtures.votesCounter(video)).isEqualTo(CALLERS);
        assertThat(fixtures.voteRows(video)).isEqualTo(CALLERS);
        var listing = api.get("/api/public/videos?city=" + city.replace(" ", "%20"), null);
        assertThat(listing.json().get(0).get("votes").asInt()).isEqualTo(CALLERS);
    }

    private ApiClient.Response vote(UUID video, ApiClient.Session voter) {
        return api.postJson("/api/public/videos/" + video + "/vote", voter.token(), "");
    }

    /** Runs {@code CALLERS} calls on as many threads, released together, and returns their results in order. */
    private static <T> List<T> allAtOnce(Function<Integer, T> call) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(CALLERS);
        try {
            List<Future<T>> futures = IntStream.range(0, CALLERS)
                    .mapToObj(i -> threads.submit((Callable<T>) () -> {
                        start.await();
                        return call.apply(i);
                    }))
                    .toList();
            start.countDown();
            return futures.stream().map(VoteConcurrencyTest::join).toList();
        } finally {
            threads.shutdownNow();
        }
    }

    private static <T> T join(Future<T> future) {
        try {
            return future.get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
