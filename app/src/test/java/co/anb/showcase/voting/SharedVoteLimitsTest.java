package co.anb.showcase.voting;

import static org.assertj.core.api.Assertions.assertThat;

import co.anb.showcase.ApiClient;
import co.anb.showcase.IntegrationTest;
import co.anb.showcase.fixtures.Fixtures;
import co.anb.showcase.ShowcaseApplication;
import co.anb.showcase.local.LocalStack;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two app instances on one database share the burst limits: 100 votes from one address, half through each
 * instance, all at once, count exactly the per-address limit of 60.
 */
@IntegrationTest
class SharedVoteLimitsTest {

    private static ConfigurableApplicationContext second;

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @BeforeAll
    static void startSecondInstance() {
        Map<String, String> properties = new HashMap<>(LocalStack.shared().properties());
        properties.put("server.port", "0");
        // as arguments, which rank above application.properties (default properties would rank below it)
        second = new SpringApplicationBuilder(ShowcaseApplication.class).profiles("local", "test")
                .run(properties.entrySet().stream().map(p -> "--" + p.getKey() + "=" + p.getValue())
                        .toArray(String[]::new));
    }

    @AfterAll
    static void stopSecondInstance() {
        if (second != null) {
            second.close();
        }
    }

    @Test
    void aHundredVotesThroughTwoInstancesCountExactlySixty() throws Exception {
        int secondPort = ((WebServerApplicationContext) second).getWebServer().getPort();
        String address = Fixtures.uniqueAddress();
        ApiClient first = new ApiClient(port).fromAddress(address);
        ApiClient other = new ApiClient(secondPort).fromAddress(address);
        Fixtures fixtures = new Fixtures(new ApiClient(port), jdbc);
        String city = Fixtures.uniqueCity("Leticia");
        UUID owner = fixtures.user().city(city).insert();
        List<UUID> videos = new ArrayList<>();
        List<String[]> voters = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            videos.add(fixtures.video(owner).published().insert());
            ApiClient.Session voter = fixtures.player(city);
            // each instance signs its own tokens (the local profile's JWT key is random per instance)
            voters.add(new String[] {voter.token(), token(other, voter.email())});
        }

        List<Integer> statuses = new ArrayList<>();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(100);
        try {
            List<Future<Integer>> futures = new ArrayList<>();
            for (int v = 0; v < voters.size(); v++) {
                for (int i = 0; i < videos.size(); i++) {
                    boolean viaSecond = (v + i) % 2 == 1;
                    String path = "/api/public/videos/" + videos.get(i) + "/vote";
                    String token = voters.get(v)[viaSecond ? 1 : 0];
                    ApiClient client = viaSecond ? other : first;
                    futures.add(threads.submit(() -> {
                        start.await();
                        return client.postJson(path, token, "").status();
                    }));
                }
            }
            start.countDown();
            for (Future<Integer> future : futures) {
                statuses.add(future.get());
            }
        } finally {
            threads.shutdownNow();
        }

        assertThat(statuses).filteredOn(status -> status == 200).hasSize(60);
        assertThat(statuses).filteredOn(status -> status == 429).hasSize(40);
        assertThat(videos.stream().mapToInt(fixtures::votesCounter).sum()).isEqualTo(60);
    }

    private static String token(ApiClient instance, String email) {
        return instance.login(email, "secreta123").json().get("access_token").asString();
    }
}
