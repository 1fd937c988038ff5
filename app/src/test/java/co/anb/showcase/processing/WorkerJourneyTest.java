package co.anb.showcase.processing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import co.anb.showcase.ApiClient;
import co.anb.showcase.WorkerIntegrationTest;
import co.anb.showcase.fixtures.Fixtures;
import co.anb.showcase.local.LocalStack;
import co.anb.showcase.media.CraftedMp4;
import co.anb.showcase.media.TestVideos;
import co.anb.showcase.queue.JobOutbox;
import co.anb.showcase.queue.QueueProperties;
import co.anb.showcase.storage.ObjectStore;
import co.anb.showcase.videos.StackClients;
import co.anb.showcase.videos.StalledVideos;
import co.anb.showcase.videos.VideoKeys;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import software.amazon.awssdk.core.sync.RequestBody;

/**
 * The worker inside the app, against the real stack: uploads through the API end {@code processed} or
 * {@code failed}, duplicates and deletes mid-job leave exactly one result or none, and a lost job is sent again.
 */
@WorkerIntegrationTest
class WorkerJourneyTest {

    private static final Duration PROCESSING = Duration.ofSeconds(120);

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ObjectStore store;
    @Autowired
    StalledVideos stalledVideos;
    @Autowired
    QueueProperties queue;
    @Autowired
    MeterRegistry meters;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JobOutbox outbox;
    @Autowired
    WorkerProperties properties;
    @TempDir
    Path work;

    ApiClient api;
    ApiClient.Session player;
    QueuedVideos videos;
    Fixtures fixtures;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        player = api.newPlayer("Barranquilla");
        videos = new QueuedVideos(jdbc);
        fixtures = new Fixtures(api, jdbc, store);
    }

    @Test
    void anUploadEndsProcessedWithItsOutputsStored() throws Exception {
        UUID videoId = upload(TestVideos.landscape1080p21s());

        await().atMost(PROCESSING).until(() -> "processed".equals(videos.status(videoId)));

        var detail = api.get("/api/videos/" + videoId, player.token()).json();
        assertThat(detail.get("processed_url").asString()).contains(VideoKeys.processed(videoId));
        assertThat(detail.get("thumbnail_url").asString()).contains(VideoKeys.thumbnail(videoId));
        assertThat(StackClients.exists(VideoKeys.original(videoId))).as("the original is kept").isTrue();
        assertThat(StackClients.exists(VideoKeys.thumbnail(videoId))).isTrue();
        Path processed = work.resolve("processed.mp4");
        StackClients.s3().getObject(get -> get.bucket(LocalStack.BUCKET).key(VideoKeys.processed(videoId)), processed);
        assertThat(RenderedVideo.of(processed).durationSeconds()).isCloseTo(26.0, within(0.2));
        assertThat(videos.row(videoId).get("attempts")).isEqualTo(1);
        assertThat(meters.get("anb.processing.duration").timer().count()).isPositive();
        assertThat(meters.get("anb.queue.lag").timer().count()).isPositive();
        assertThat(tempFolders(videoId)).as("temporary files removed").isEmpty();
    }

    @Test
    void aClipWithCorruptFramesFailsAtItsFirstAttemptWithAReasonAndIsNotRetried() throws IOException {
        double deadLettered = meters.get("anb.jobs.dead_lettered").counter().count();
        UUID videoId = upload(TestVideos.corruptFrames());

        await().atMost(PROCESSING).until(() -> "failed".equals(videos.status(videoId)));

        var detail = api.get("/api/videos/" + videoId, player.token()).json();
        assertThat(detail.get("failure_reason").asString())
                .startsWith("FFmpeg no pudo procesar el video: el archivo está dañado o no se puede decodificar")
                .contains("Invalid data");
        await().atMost(Duration.ofSeconds(10)).until(() -> QueuedVideos.messages(queue.url()) == 0);
        // past the first retry's backoff (1 s here): no second attempt came
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5))
                .until(() -> ((Number) videos.row(videoId).get("attempts")).intValue() == 1);
        assertThat(meters.get("anb.jobs.dead_lettered").counter().count()).isEqualTo(deadLettered);
        assertThat(QueuedVideos.messages(queue.dlqUrl())).isZero();
        assertThat(tempFolders(videoId)).as("temporary files removed").isEmpty();
    }

    @Test
    void anOriginalWithoutMediaThatReachesTheWorkerFailsAtOnceWithoutARender() {
        // stored behind the upload checks' back, as an older row or another path could have
        Path headerOnly = CraftedMp4.headerOnly(TestVideos.landscape1080p21s(), work.resolve("header-only.mp4"));
        UUID videoId = fixtures.video(player.userId()).uploaded().original(headerOnly).insert();
        videos.send(queue.url(), videoId);

        await().atMost(PROCESSING).until(() -> "failed".equals(videos.status(videoId)));

        assertThat(videos.row(videoId).get("failure_reason").toString())
                .startsWith("El archivo no es un video MP4 que se pueda procesar");
        assertThat(videos.row(videoId).get("attempts")).isEqualTo(1);
        await().atMost(Duration.ofSeconds(10)).until(() -> QueuedVideos.messages(queue.url()) == 0);
    }

    @Test
    void anOriginalMissingFromTheStoreForAMomentIsRetriedAndEndsProcessed() throws IOException {
        UUID videoId = fixtures.video(player.userId()).uploaded().original(TestVideos.landscape1080p21s()).insert();
        String key = VideoKeys.original(videoId);
        StackClients.s3().deleteObject(delete -> delete.bucket(LocalStack.BUCKET).key(key));
        videos.send(queue.url(), videoId);

        // the first attempt finds no object and fails as a transient error; the object is back before the retry
        await().atMost(PROCESSING).until(() -> videos.row(videoId).get("last_error") != null);
        StackClients.s3().putObject(put -> put.bucket(LocalStack.BUCKET).key(key),
                RequestBody.fromFile(TestVideos.landscape1080p21s()));

        await().atMost(PROCESSING).until(() -> "processed".equals(videos.status(videoId)));
        assertThat(((Number) videos.row(videoId).get("attempts")).intValue()).isBetween(2, 3);
    }

    @Test
    void aJobThatBreaksOutsideFfmpegFailsWithAReasonThatKeepsTheTechnicalDetailsOut() throws IOException {
        UUID videoId = fixtures.video(player.userId()).uploaded().original(TestVideos.landscape1080p21s()).insert();
        // the store answers 404 (with its request id) to every download of this job
        StackClients.s3().deleteObject(delete -> delete.bucket(LocalStack.BUCKET).key(VideoKeys.original(videoId)));
        videos.send(queue.url(), videoId);

        await().atMost(PROCESSING).until(() -> "failed".equals(videos.status(videoId)));

        var detail = api.get("/api/videos/" + videoId, player.token()).json();
        assertThat(detail.get("failure_reason").asString())
                .isEqualTo("No se pudo procesar el video tras 3 intentos. Último error: "
                        + VideoJobHandler.INTERNAL_ERROR);
        assertThat(videos.row(videoId).get("attempts")).isEqualTo(3);
        assertThat(tempFolders(videoId)).isEmpty();
    }

    @Test
    void aMessageThatIsNotAJobEndsInTheDeadLetterQueueForAnOperator() {
        double failed = meters.get("anb.jobs.failed").counter().count();
        StackClients.sqs().sendMessage(send -> send.queueUrl(queue.url()).messageBody("{\"video\": \"¿?\""));
        StackClients.sqs().sendMessage(send -> send.queueUrl(queue.url()).messageBody("{\"task_id\": null}"));
        try {
            // three receives each (backoff 1 s, 2 s), then the redrive policy; the consumer leaves them there, hidden
            // and the consumer, finding no video in them, hides them from its next polls instead of deleting them
            await().atMost(Duration.ofSeconds(60)).until(() -> QueuedVideos.messages(queue.url()) == 0
                    && QueuedVideos.messages(queue.dlqUrl()) == 2 && QueuedVideos.visibleMessages(queue.dlqUrl()) == 0);
            assertThat(meters.get("anb.jobs.failed").counter().count()).isEqualTo(failed + 6);

            UUID videoId = upload(TestVideos.landscape1080p21s());
            await().atMost(PROCESSING).until(() -> "processed".equals(videos.status(videoId)));
        } finally {
            StackClients.sqs().purgeQueue(purge -> purge.queueUrl(queue.dlqUrl()));
        }
    }

    @Test
    void theSameJobDeliveredTwiceAtOnceIsProcessedOnce() {
        UUID videoId = fixtures.video(player.userId()).uploaded().original(TestVideos.landscape1080p21s()).insert();
        String job = videos.job(videoId);

        // both messages are in the queue before either is received: the two worker threads take one each
        StackClients.sqs().sendMessageBatch(batch -> batch.queueUrl(queue.url()).entries(
                entry -> entry.id("first").messageBody(job), entry -> entry.id("second").messageBody(job)));

        await().atMost(PROCESSING).until(() -> "processed".equals(videos.status(videoId)));
        await().atMost(Duration.ofSeconds(20)).until(() -> QueuedVideos.messages(queue.url()) == 0);
        assertThat(videos.row(videoId).get("attempts")).as("one claim, so one render and one publish").isEqualTo(1);
        assertThat(StackClients.keysUnder("processed/" + videoId)).containsExactly(VideoKeys.processed(videoId));
    }

    @Test
    void aVideoDeletedWhileItIsProcessedLeavesNoObjects() throws IOException {
        UUID videoId = upload(TestVideos.landscape1080p45s());
        await().atMost(PROCESSING).until(() -> "processing".equals(videos.status(videoId)));

        assertThat(api.delete("/api/videos/" + videoId, player.token()).status()).isEqualTo(200);

        // the heartbeat notices within its interval and cancels the job; any output written meanwhile is removed
        await().atMost(Duration.ofSeconds(60)).until(() -> noObjects(videoId) && idle());
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5)).until(() -> noObjects(videoId));
        assertThat(QueuedVideos.messages(queue.url())).isZero();
        assertThat(tempFolders(videoId)).as("temporary files removed from the cancelled job").isEmpty();
    }

    @Test
    void aJobLongerThanTheVisibilityTimeoutIsKeptInvisibleByTheHeartbeat() {
        double skipped = meters.get("anb.jobs.skipped").counter().count();
        UUID videoId = upload(TestVideos.landscape1080p30fps40s());
        await().atMost(PROCESSING).pollInterval(Duration.ofMillis(100))
                .until(() -> !"uploaded".equals(videos.status(videoId)));
        long started = System.nanoTime();

        await().atMost(PROCESSING).pollInterval(Duration.ofMillis(100))
                .until(() -> "processed".equals(videos.status(videoId)));

        Duration took = Duration.ofNanos(System.nanoTime() - started);
        assumeTrue(took.compareTo(properties.visibilityTimeout()) > 0,
                "the job (" + took + ") was quicker than the visibility timeout: nothing to show here");
        assertThat(videos.row(videoId).get("attempts")).as("no second delivery started it again").isEqualTo(1);
        assertThat(meters.get("anb.jobs.skipped").counter().count()).as("no duplicate delivery").isEqualTo(skipped);
    }

    @Test
    void aVideoWhoseJobWasLostGetsItSentAgainAndEndsProcessed() {
        Instant longAgo = Instant.parse("2016-03-01T10:00:00Z");
        UUID videoId = fixtures.video(player.userId()).uploaded().uploadedAt(longAgo)
                .original(TestVideos.landscape1080p21s()).insert();
        // a clock a day later: only videos uploaded before then can be stalled, i.e. this one and no other test's
        Clock dayLater = Clock.fixed(longAgo.plus(Duration.ofDays(1)), ZoneOffset.UTC);
        StalledJobSweeper sweeper = new StalledJobSweeper(stalledVideos, transactions, outbox, properties, dayLater);

        Integer first = transactions.execute(status -> sweeper.resendStalled());
        Integer second = transactions.execute(status -> sweeper.resendStalled());
        assertThat(first).isEqualTo(1);
        assertThat(second).as("sent once, not every sweep").isZero();

        await().atMost(PROCESSING).until(() -> "processed".equals(videos.status(videoId)));
    }

    private UUID upload(Path file) {
        var response = api.upload(player.token(), file, "jugada.mp4", "Jugada");
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return UUID.fromString(response.json().get("video_id").asString());
    }

    private boolean noObjects(UUID videoId) {
        return List.of(VideoKeys.original(videoId), VideoKeys.processed(videoId), VideoKeys.thumbnail(videoId))
                .stream().noneMatch(StackClients::exists);
    }

    /** The job folders a worker of this JVM left for the video under {@code java.io.tmpdir/anb-worker}. */
    private static List<Path> tempFolders(UUID videoId) throws IOException {
        Path workDir = Path.of(System.getProperty("java.io.tmpdir"), "anb-worker");
        if (!Files.isDirectory(workDir)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(workDir)) {
            return entries.filter(entry -> entry.getFileName().toString().startsWith("job-" + videoId)).toList();
        }
    }

    private boolean idle() {
        return meters.get("anb.jobs.in_flight").gauge().value() == 0;
    }

}
