package co.anb.showcase.voting;

import static org.assertj.core.api.Assertions.assertThat;

import co.anb.showcase.ApiClient;
import co.anb.showcase.IntegrationTest;
import co.anb.showcase.fixtures.Fixtures;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Burst limits on votes (defaults: 60 per address, 20 per account, 10 per address and video, each per minute). */
@IntegrationTest
class VoteBurstLimitTest {

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

    @Test
    void aHundredParallelVotesFromOneAddressCountExactlySixty() throws Exception {
        String city = Fixtures.uniqueCity("Cúcuta");
        ApiClient.Session owner = fixtures.player(city);
        List<UUID> videos = new ArrayList<>();
        List<ApiClient.Session> voters = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            videos.add(fixtures.video(owner.userId()).published().insert());
            voters.add(fixtures.player(city));
        }
        // 10 accounts x 10 videos: under the per-account and per-(address, video) limits, over the address's
        ApiClient oneAddress = api.fromAddress(Fixtures.uniqueAddress());
        List<Callable<ApiClient.Response>> votes = new ArrayList<>();
        for (ApiClient.Session voter : voters) {
            for (UUID video : videos) {
                votes.add(() -> oneAddress.postJson("/api/public/videos/" + video + "/vote", voter.token(), ""));
            }
        }

        List<ApiClient.Response> responses = allAtOnce(votes);

        assertThat(responses).filteredOn(response -> response.status() == 200).hasSize(60);
        assertThat(responses).filteredOn(response -> response.status() != 200).hasSize(40).allSatisfy(refused -> {
            assertThat(refused.status()).isEqualTo(429);
            assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
            assertThat(refused.json().get("code").asString()).isEqualTo("rate_limited");
            assertThat(refused.detail()).startsWith("Demasiados votos en poco tiempo.");
            assertThat(Integer.parseInt(refused.header("Retry-After"))).isBetween(1, 60);
        });
        assertThat(videos.stream().mapToInt(fixtures::votesCounter).sum()).isEqualTo(60);
        assertThat(videos.stream().mapToLong(fixtures::voteRows).sum()).isEqualTo(60);
    }

    @Test
    void oneAccountCastsAtMostTwentyVotesAMinute() {
        String city = Fixtures.uniqueCity("Riohacha");
        ApiClient.Session owner = fixtures.player(city);
        ApiClient.Session voter = fixtures.player(city);
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 22; i++) {
            UUID video = fixtures.video(owner.userId()).published().insert();
            statuses.add(api.postJson("/api/public/videos/" + video + "/vote", voter.token(), "").status());
        }
        assertThat(statuses.subList(0, 20)).containsOnly(200);
        assertThat(statuses.subList(20, 22)).containsOnly(429);
    }

    @Test
    void theAuditTrailKeepsKeyedHashesAndNoAddress() {
        String city = Fixtures.uniqueCity("Quibdó");
        UUID video = fixtures.video(fixtures.user().city(city).insert()).published().insert();
        ApiClient.Session voter = fixtures.player(city);
        String address = Fixtures.uniqueAddress();
        assertThat(api.fromAddress(address).postJson("/api/public/videos/" + video + "/vote", voter.token(), "")
                .status()).isEqualTo(200);

        var row = jdbc.sql("""
                        SELECT ip_hash, subnet_hash, user_agent_hash, voter_account_age_seconds, voter_email_verified,
                               created_at IS NOT NULL AS has_time
                        FROM votes WHERE video_id = :video""")
                .param("video", video).query().singleRow();
        assertThat((byte[]) row.get("ip_hash")).hasSize(32).isNotEqualTo(row.get("subnet_hash"));
        assertThat((byte[]) row.get("user_agent_hash")).hasSize(32);
        assertThat(((Number) row.get("voter_account_age_seconds")).longValue()).isBetween(0L, 600L);
        assertThat(row.get("voter_email_verified")).isEqualTo(false);
        String everything = jdbc.sql("SELECT v::text FROM votes v WHERE video_id = :video").param("video", video)
                .query(String.class).single() + jdbc.sql("SELECT string_agg(key, ' ') FROM vote_rate_windows")
                .query(String.class).single();
        assertThat(everything).doesNotContain(address).doesNotContain(address.substring(0, address.indexOf("::")));
    }

    private static List<ApiClient.Response> allAtOnce(List<Callable<ApiClient.Response>> calls) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(calls.size());
        try {
            List<Future<ApiClient.Response>> futures = new ArrayList<>();
            for (Callable<ApiClient.Response> call : calls) {
                futures.add(threads.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<ApiClient.Response> responses = new ArrayList<>();
            for (Future<ApiClient.Response> future : futures) {
                responses.add(future.get());
            }
            return responses;
        } finally {
            threads.shutdownNow();
        }
    }
}
