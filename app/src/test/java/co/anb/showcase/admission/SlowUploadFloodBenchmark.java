package co.anb.showcase.admission;

import co.anb.showcase.ApiClient;
import co.anb.showcase.ShowcaseApplication;
import co.anb.showcase.local.LocalStackInitializer;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The slow-upload flood, measured (not a test): {@code ./bench/slow-uploads.sh [--unprotected]}. Starts the app on
 * the local stack with the production defaults, measures public reads ({@code GET /api/public/rankings}) from
 * {@value #READERS} clients for {@value #READ_SECONDS} s, then opens {@value #UPLOADS} uploads from
 * {@value #ACCOUNTS} accounts that send one byte every 10 s, and measures the reads again while they trickle.
 * {@code --unprotected} lifts the upload limits, to show what the flood does without admission control.
 */
public final class SlowUploadFloodBenchmark {

    private static final int READERS = 8;
    private static final int READ_SECONDS = 30;
    private static final int UPLOADS = 250;
    private static final int ACCOUNTS = 25;
    private static final Duration TRICKLE = Duration.ofSeconds(10);
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(15);

    private SlowUploadFloodBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        boolean unprotected = List.of(args).contains("--unprotected");
        List<String> arguments = new ArrayList<>(List.of("--server.port=0", "--anb.role=api",
                "--anb.throttle.signup-ip-limit=1000000", "--anb.throttle.login-ip-limit=1000000",
                "--logging.level.root=WARN"));
        if (unprotected) {
            arguments.addAll(List.of("--anb.admission.uploads-per-node=100000",
                    "--anb.admission.uploads-per-account=100000"));
        }
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(ShowcaseApplication.class)
                .profiles("local").initializers(new LocalStackInitializer())
                .run(arguments.toArray(String[]::new))) {
            int port = ((WebServerApplicationContext) app).getWebServer().getPort();
            run(port, unprotected);
        }
        System.exit(0);
    }

    private static void run(int port, boolean unprotected) throws Exception {
        ApiClient api = new ApiClient(port);
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < ACCOUNTS; i++) {
            tokens.add(api.newPlayer("Bogotá").token());
        }
        reads(port, 5); // warm-up: JIT, connection pools, the rankings cache
        Latencies quiet = reads(port, READ_SECONDS);

        List<RawConnection> uploads = new ArrayList<>();
        for (int i = 0; i < UPLOADS; i++) {
            uploads.add(RawConnection.stalledUpload(port, tokens.get(i % ACCOUNTS)));
        }
        Thread trickler = new Thread(() -> trickle(uploads), "trickler");
        trickler.setDaemon(true);
        trickler.start();
        Thread.sleep(5_000);
        Latencies flooded = reads(port, READ_SECONDS);
        long stillOpen = uploads.stream().filter(RawConnection::isOpen).count();

        System.out.printf(Locale.ROOT, "%nSlow-upload flood benchmark, %s, %d cores, Java %s, admission %s%n",
                LocalDate.now(), Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                unprotected ? "OFF (limits lifted)" : "ON (defaults)");
        System.out.printf(Locale.ROOT, "reads without uploads:         %s%n", quiet);
        System.out.printf(Locale.ROOT, "reads with %d slow uploads:   %s%n", UPLOADS, flooded);
        System.out.printf(Locale.ROOT, "slow uploads still open after the run: %d of %d%n", stillOpen, UPLOADS);
        for (RawConnection upload : uploads) {
            upload.close();
        }
    }

    /** One byte to every upload still open, every 10 s; refused or cut-off ones fail and are skipped. */
    private static void trickle(List<RawConnection> uploads) {
        while (true) {
            try {
                Thread.sleep(TRICKLE.toMillis());
            } catch (InterruptedException e) {
                return;
            }
            uploads.stream().filter(RawConnection::isOpen).forEach(upload -> {
                try {
                    upload.send("\0");
                } catch (IOException closed) {
                    upload.markClosed();
                }
            });
        }
    }

    private static Latencies reads(int port, int seconds) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(READERS);
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        try {
            List<Future<List<Long>>> results = new ArrayList<>();
            for (int i = 0; i < READERS; i++) {
                results.add(pool.submit(() -> {
                    ReadClient client = new ReadClient(port, READ_TIMEOUT);
                    List<Long> millis = new ArrayList<>();
                    while (System.nanoTime() < end) {
                        millis.add(client.rankingsMillis());
                    }
                    return millis;
                }));
            }
            List<Long> all = new ArrayList<>();
            for (Future<List<Long>> result : results) {
                all.addAll(result.get());
            }
            return new Latencies(all);
        } finally {
            pool.shutdownNow();
        }
    }

    private record Latencies(List<Long> millis) {

        Latencies {
            millis = new ArrayList<>(millis);
            Collections.sort(millis);
        }

        long percentile(int p) {
            return millis.get(Math.min(millis.size() - 1, (int) Math.ceil(p / 100.0 * millis.size()) - 1));
        }

        @Override
        public String toString() {
            long failed = millis.stream().filter(m -> m >= READ_TIMEOUT.toMillis()).count();
            return String.format(Locale.ROOT, "%d requests, p50 %d ms, p95 %d ms, max %d ms, failed or timed out %d",
                    millis.size(), percentile(50), percentile(95), millis.get(millis.size() - 1), failed);
        }
    }
}
