package co.anb.showcase.load;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The capacity tests' command line (./load-tests/run.sh wraps it):
 * <pre>
 *   seed   [--data-dir DIR]             the dataset into the local system's database (default app/data, the one
 *                                       ./dev.sh run uses), or [--jdbc-url URL --db-user U --db-password P]
 *   web    [--quick|--full] [--levels 25,50,100] [--ramp SECONDS] [--hold SECONDS]
 *   worker [--quick|--full] [--sizes 50,100] [--concurrency 1,2,4]
 *   all    [--quick|--full]             web, then worker
 *   report                              plots and tables of docs/capacity.md from the results in docs/capacity/
 * </pre>
 * Every run starts its own system on 127.0.0.1 (a free port), stops by itself, and writes under
 * load-tests/target/capacity/. A full run also publishes its results to docs/capacity/ and re-makes the report.
 */
public final class Capacity {

    private static final Logger log = LoggerFactory.getLogger(Capacity.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
            .withZone(ZoneOffset.UTC);

    private final Path repo;
    private final List<String> args;

    Capacity(Path repo, List<String> args) {
        this.repo = repo;
        this.args = args;
    }

    public static void main(String[] argv) throws Exception {
        Path repo = LocalSystem.findRepoRoot(Path.of("")).orElseThrow(() ->
                new IllegalStateException("Run from inside the repository (no app/pom.xml above " + Path.of("")
                        .toAbsolutePath() + ")"));
        if (argv.length == 0) {
            usage();
            System.exit(2);
        }
        Capacity capacity = new Capacity(repo, List.of(argv).subList(1, argv.length));
        switch (argv[0]) {
            case "seed" -> capacity.seed();
            case "web" -> capacity.web();
            case "worker" -> capacity.worker();
            case "all" -> {
                capacity.web();
                capacity.worker();
            }
            case "report" -> capacity.report();
            default -> {
                usage();
                System.exit(2);
            }
        }
        // Gatling and the AWS SDK leave non-daemon threads behind
        System.exit(0);
    }

    private static void usage() {
        System.err.println("""
                usage: run.sh seed [--data-dir DIR | --jdbc-url URL --db-user U --db-password P]
                       run.sh web    [--quick|--full] [--levels 25,50,100] [--ramp SECONDS] [--hold SECONDS]
                       run.sh worker [--quick|--full] [--sizes 50,100] [--concurrency 1,2,4]
                       run.sh all    [--quick|--full]
                       run.sh report""");
    }

    void seed() throws Exception {
        Path playersCsv = repo.resolve("load-tests/target/capacity/seed/players.csv");
        String jdbcUrl = option("--jdbc-url", null);
        Seeder.Counts counts;
        if (jdbcUrl != null) {
            counts = Seeder.seed(jdbcUrl, option("--db-user", "postgres"), option("--db-password", "postgres"),
                    Seeder.standard(Instant.now()), playersCsv);
        } else {
            Path dataDir = Path.of(option("--data-dir", repo.resolve("app/data").toString())).toAbsolutePath();
            Path workDir = repo.resolve("load-tests/target/capacity/seed");
            // The local system keeps its data in <data-dir>; start it there (api role), seed, stop.
            try (LocalSystem system = LocalSystem.start(repo, workDir, "api",
                    Map.of(), Duration.ofMinutes(10), "512m", dataDir)) {
                LocalSystem.StackEndpoints db = system.endpoints();
                counts = Seeder.seed(db.jdbcUrl(), db.dbUser(), db.dbPassword(), Seeder.standard(Instant.now()),
                        playersCsv);
            }
            log.info("Seeded the database under {}; ./dev.sh run now serves it", dataDir);
        }
        log.info("Seeded {} users in {} cities, {} processed videos, {} votes (top video {} votes; the top 10 % of"
                        + " videos hold {} % of the votes). Accounts (password {}): {}", counts.users(),
                counts.cities(), counts.videos(), counts.votes(), counts.topVideoVotes(),
                Math.round(counts.topTenPercentShare() * 100), SeedData.PASSWORD, playersCsv);
    }

    WebResult web() throws Exception {
        WebProfile profile = flag("--full") ? WebProfile.full() : WebProfile.quick();
        String levels = option("--levels", null);
        if (levels != null) {
            profile = profile.withLevels(Arrays.stream(levels.split(",")).map(String::trim).map(Integer::valueOf)
                    .toList());
        }
        if (option("--ramp", null) != null || option("--hold", null) != null) {
            profile = profile.withTimes(seconds("--ramp", profile.ramp()), seconds("--hold", profile.hold()));
        }
        Path workDir = runDir("web-" + profile.name());
        WebResult result = new WebCapacityRun(repo, workDir, clipsDir(), profile).run();
        if ("full".equals(profile.name()) || flag("--publish")) {
            CapacityReport.publishWeb(repo, workDir);
        }
        return result;
    }

    WorkerResult worker() throws Exception {
        WorkerProfile profile = flag("--full") ? WorkerProfile.full() : WorkerProfile.quick();
        String sizes = option("--sizes", null);
        String concurrency = option("--concurrency", null);
        if (sizes != null || concurrency != null) {
            profile = profile.with(sizes == null ? profile.sizes() : parseSizes(sizes),
                    concurrency == null ? profile.concurrency() : Arrays.stream(concurrency.split(","))
                            .map(String::trim).map(Integer::valueOf).toList());
        }
        Path workDir = runDir("worker-" + profile.name());
        WorkerResult result = new WorkerCapacityRun(repo, workDir, clipsDir(), profile).run();
        if ("full".equals(profile.name()) || flag("--publish")) {
            CapacityReport.publishWorker(repo, workDir);
        }
        return result;
    }

    void report() throws Exception {
        CapacityReport.render(repo);
    }

    private static List<UploadClips.Clip> parseSizes(String sizes) {
        List<UploadClips.Clip> clips = new ArrayList<>();
        for (String size : sizes.split(",")) {
            String name = size.trim();
            clips.add("quick".equals(name) ? UploadClips.Clip.QUICK : UploadClips.Clip.valueOf("MB" + name));
        }
        return clips;
    }

    private Path clipsDir() {
        return repo.resolve("load-tests/target/upload-clips");
    }

    private Path runDir(String name) throws Exception {
        Path dir = repo.resolve("load-tests/target/capacity").resolve(name + "-" + STAMP.format(Instant.now()));
        Files.createDirectories(dir);
        return dir;
    }

    private boolean flag(String name) {
        return args.contains(name);
    }

    private String option(String name, String fallback) {
        int index = args.indexOf(name);
        return index >= 0 && index + 1 < args.size() ? args.get(index + 1) : fallback;
    }

    private Duration seconds(String name, Duration fallback) {
        String value = option(name, null);
        return value == null ? fallback : Duration.ofSeconds(Long.parseLong(value));
    }
}
