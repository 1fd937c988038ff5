package co.anb.showcase.admission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import co.anb.showcase.ApiClient;
import co.anb.showcase.local.LocalStackInitializer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * Slow and stalled clients against the real server, with short timeouts (headers 2 s, bodies 5 s) and a small
 * thread pool so the test runs in seconds: refused uploads are answered before their body and let go, admitted ones are cut off when they stall,
 * and reads stay fast while uploads hold their share of the threads.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "server.tomcat.threads.max=12", "server.tomcat.connection-timeout=2s",
        "anb.admission.body-idle-timeout=5s", "anb.admission.uploads-per-node=4",
        "anb.admission.uploads-per-account=2"})
@ActiveProfiles({"local", "test"})
@ContextConfiguration(initializers = LocalStackInitializer.class)
// Its small thread pool and short timeouts make a context no other class uses: closed after this class, not kept (with
// its Tomcat, outbox relay and schedulers) to the run's end.
@DirtiesContext
class SlowClientTest {

    private static final Duration PROMPTLY = Duration.ofSeconds(1);
    /** Well under the body idle timeout (5 s): a refused upload is let go, not drained until it times out. */
    private static final Duration LET_GO = Duration.ofSeconds(2);
    private static final Duration ANSWERED = Duration.ofSeconds(5);

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    ApiClient api;
    final List<RawConnection> open = new ArrayList<>();

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        // the previous test's stalled uploads end when their connections close: their slots come back first
        await().atMost(ANSWERED.multipliedBy(2)).until(() ->
                jdbc.sql("SELECT count(*) FROM upload_leases").query(Long.class).single() == 0);
    }

    @AfterEach
    void closeConnections() throws Exception {
        for (RawConnection connection : open) {
            connection.close();
        }
    }

    @Test
    void anAccountAtItsLimitIsRefusedBeforeTheBodyAndLeavesNothing() throws Exception {
        ApiClient.Session player = api.newPlayer("Cali");
        admitted(player, 2);

        String refused = stall(player).readUntilClosed(LET_GO);

        assertThat(refused).as("answered and closed without waiting for the body").isNotNull()
                .startsWith("HTTP/1.1 429").containsIgnoringCase("Retry-After: 30")
                .contains("application/problem+json").contains("Ya tienes 2 subidas en curso.");
        assertThat(jdbc.sql("SELECT count(*) FROM videos WHERE owner_id = ?").param(player.userId())
                .query(Long.class).single()).isZero();
    }

    @Test
    void aNodeAtItsLimitAnswers503() throws Exception {
        for (int i = 0; i < 2; i++) {
            admitted(api.newPlayer("Pasto"), 2);
        }

        String refused = stall(api.newPlayer("Neiva")).readUntilClosed(LET_GO);

        assertThat(refused).isNotNull().startsWith("HTTP/1.1 503").containsIgnoringCase("Retry-After: 5")
                .contains("demasiados videos");
    }

    @Test
    void readsStayFastWhileManyUploadsTrickle() throws Exception {
        List<ApiClient.Session> players = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            players.add(api.newPlayer("Tunja"));
        }
        // 24 uploads at once against 12 threads: 4 admitted and stalled, 20 refused and let go
        for (ApiClient.Session player : players) {
            for (int j = 0; j < 3; j++) {
                stall(player);
            }
        }

        for (int i = 0; i < 20; i++) {
            long start = System.nanoTime();
            assertThat(api.get("/api/public/rankings", null).status()).isEqualTo(200);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(PROMPTLY);
        }
    }

    @Test
    void aStalledUploadIsCutOffAndItsSlotGivenBack() throws Exception {
        ApiClient.Session player = api.newPlayer("Ibagué");
        RawConnection first = stall(player);
        awaitLeases(player, 1);
        stall(player);

        assertThat(first.readUntilClosed(Duration.ofSeconds(12))).as("closed after the 5 s idle timeout").isNotNull();
        Path notAVideo = Files.writeString(Files.createTempFile("slow", ".mp4"), "no es un video");
        var next = api.upload(player.token(), notAVideo, "corto.mp4", "Después del corte");

        assertThat(next.status()).as("admitted again, then refused by validation").isEqualTo(400);
        assertThat(jdbc.sql("SELECT count(*) FROM videos WHERE owner_id = ?").param(player.userId())
                .query(Long.class).single()).isZero();
        Files.delete(notAVideo);
    }

    @Test
    void slowRequestHeadersAreCutOff() throws Exception {
        RawConnection stalled = track(RawConnection.open(port));
        stalled.send("GET /api/public/rankings HTTP/1.1\r\nHost: 127.0.0.1\r\n");
        RawConnection dripping = track(RawConnection.open(port));
        dripping.send("GET /api/public/rankings HTTP/1.1\r\n");
        for (char c : "Host: 127.0.0.1\r\n".toCharArray()) {
            Thread.sleep(2_500);
            try {
                dripping.send(String.valueOf(c));
            } catch (java.io.IOException closed) {
                break;
            }
        }

        assertThat(stalled.readUntilClosed(Duration.ofSeconds(6))).as("stalled headers closed").isNotNull();
        assertThat(dripping.readUntilClosed(Duration.ofSeconds(6))).as("dripping headers closed").isNotNull();
    }

    /** Starts that many stalled uploads one after another, each admitted before the next starts. */
    private void admitted(ApiClient.Session player, int uploads) throws Exception {
        for (int i = 1; i <= uploads; i++) {
            stall(player);
            awaitLeases(player, i);
        }
    }

    private void awaitLeases(ApiClient.Session player, int count) {
        await().atMost(ANSWERED).until(() -> jdbc.sql("SELECT count(*) FROM upload_leases WHERE owner_id = ?")
                .param(player.userId()).query(Long.class).single() == count);
    }

    private RawConnection stall(ApiClient.Session player) throws Exception {
        return track(RawConnection.stalledUpload(port, player.token()));
    }

    private RawConnection track(RawConnection connection) {
        open.add(connection);
        return connection;
    }
}
