package co.anb.showcase.videos;

import static org.assertj.core.api.Assertions.assertThat;

import co.anb.showcase.ApiClient;
import co.anb.showcase.IntegrationTest;
import co.anb.showcase.media.TestVideos;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * SPEC §2: "the request is streamed to storage, never held whole in memory". Ten clients upload a valid MP4 of
 * almost 100 MiB each at the same time (1000 MiB in flight) while the heap is sampled every 20 ms. The app, the
 * clients and the S3 server all share this JVM, so the figure is an upper bound for the app alone.
 */
@IntegrationTest
@Tag("memory")
class ParallelUploadMemoryTest {

    private static final int UPLOADS = 10;
    /** Just under the 100 MiB limit of one file. */
    private static final long FILE_BYTES = 100 * TestVideos.MIB - 64 * 1024;

    @LocalServerPort
    int port;

    @Test
    void tenParallelFullSizeUploadsStayOffTheHeap() throws Exception {
        Path file = TestVideos.padded(FILE_BYTES);
        ApiClient api = new ApiClient(port);
        ApiClient.Session player = api.newPlayer("Bucaramanga");
        api.upload(player.token(), TestVideos.textNamedMp4(), "warm-up.mp4", "Calentamiento"); // warm the code path

        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        long baseline = memory.getHeapMemoryUsage().getUsed();
        long liveBaseline = liveHeapAfterLastGc();
        AtomicLong peak = new AtomicLong(baseline);
        AtomicLong livePeak = new AtomicLong(liveBaseline);
        ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
        sampler.scheduleAtFixedRate(() -> {
            peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
            livePeak.accumulateAndGet(liveHeapAfterLastGc(), Math::max);
        }, 0, 20, TimeUnit.MILLISECONDS);
        ExecutorService clients = Executors.newFixedThreadPool(UPLOADS);
        long started = System.nanoTime();
        List<ApiClient.Response> responses = new ArrayList<>();
        try {
            List<Future<ApiClient.Response>> calls = new ArrayList<>();
            for (int i = 0; i < UPLOADS; i++) {
                String title = "Carga paralela " + i;
                calls.add(clients.submit(() -> api.upload(player.token(), file, "grande.mp4", title)));
            }
            for (Future<ApiClient.Response> call : calls) {
                responses.add(call.get(5, TimeUnit.MINUTES));
            }
        } finally {
            clients.shutdownNow();
            sampler.shutdown();
            sampler.awaitTermination(1, TimeUnit.SECONDS);
        }
        Duration elapsed = Duration.ofNanos(System.nanoTime() - started);

        long totalBytes = UPLOADS * Files.size(file);
        long growth = peak.get() - baseline;
        long liveGrowth = livePeak.get() - liveBaseline;
        System.out.printf(Locale.ROOT, "ParallelUploadMemoryTest: %d uploads, %.1f MiB total in %.1f s;"
                        + " heap used baseline %.1f MiB, peak %.1f MiB, peak growth %.1f MiB (%.1f %% of the total);"
                        + " live heap after GC baseline %.1f MiB, peak %.1f MiB, growth %.1f MiB; max heap %.0f MiB%n",
                UPLOADS, mib(totalBytes), elapsed.toMillis() / 1000.0, mib(baseline), mib(peak.get()), mib(growth),
                100.0 * growth / totalBytes, mib(liveBaseline), mib(livePeak.get()), mib(liveGrowth),
                mib(memory.getHeapMemoryUsage().getMax()));

        try {
            assertThat(responses).allSatisfy(response ->
                    assertThat(response.status()).as(response.body()).isEqualTo(201));
            // Heap used includes garbage not yet collected, made also by the other test contexts in this JVM (the
            // worker contexts poll and process in the background): a loose bound. What survives a collection is the
            // strict measure.
            assertThat(growth).as("peak heap growth vs. %d bytes uploaded", totalBytes).isLessThan(totalBytes / 3);
            assertThat(liveGrowth).as("live heap growth vs. %d bytes uploaded", totalBytes)
                    .isLessThan(totalBytes / 10);
        } finally {
            cleanUp(api, player, responses);
        }
    }

    private static void cleanUp(ApiClient api, ApiClient.Session player, List<ApiClient.Response> responses) {
        List<UUID> videoIds = responses.stream().filter(response -> response.status() == 201)
                .map(response -> UUID.fromString(response.json().get("video_id").asString())).toList();
        JobQueue.takeAll(videoIds);
        videoIds.forEach(videoId -> api.delete("/api/videos/" + videoId, player.token()));
    }

    /** What the collector found still reachable at its last run, summed over the heap pools. */
    private static long liveHeapAfterLastGc() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .map(MemoryPoolMXBean::getCollectionUsage)
                .filter(Objects::nonNull)
                .mapToLong(usage -> usage.getUsed())
                .sum();
    }

    private static double mib(long bytes) {
        return bytes / (1024.0 * 1024.0);
    }
}
