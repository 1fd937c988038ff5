package co.anb.showcase.load;

import co.anb.showcase.load.report.CapacityReport;
import co.anb.showcase.load.seed.SeedData;
import co.anb.showcase.load.seed.Seeder;
import co.anb.showcase.load.seed.UploadClips;
import co.anb.showcase.load.system.LocalSystem;
import co.anb.showcase.load.system.RepositoryRoot;
import co.anb.showcase.load.web.WebCapacityRun;
import co.anb.showcase.load.web.WebProfile;
import co.anb.showcase.load.web.WebResult;
import co.anb.showcase.load.worker.WorkerCapacityRun;
import co.anb.showcase.load.worker.WorkerProfile;
import co.anb.showcase.load.worker.WorkerResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
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
    private final Arguments args;

    Capacity(Path repo, Arguments args) {
        this.repo = repo;
        this.args = args;
    }

    public static void main(String[] argv) throws Exception {
        Path repo = RepositoryRoot.find(Path.of("")).orElseThrow(() ->
                new IllegalStateException("Run from inside the repository (no app/pom.xml above " + Path.of("")
                        .toAbsolutePath() + ")"));
        if (argv.length == 0) {
            usage();
            System.exit(2);
        }
        Capacity capacity = new Capacity(repo, new Arguments(List.of(argv).subList(1, argv.length)));
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
        String jdbcUrl = args.option("--jdbc-url", null);
        Seeder.Counts counts;
        if (jdbcUrl != null) {
            counts = Seeder.seedStandard(jdbcUrl, args.option("--db-user", "postgres"),
                    args.option("--db-password", "postgres"), playersCsv);
        } else {
            Path dataDir = Path.of(args.option("--data-dir", repo.resolve("app/data").toString())).toAbsolutePath();
            Path workDir = repo.resolve("load-tests/target/capacity/seed");
            // The local system keeps its data in <data-dir>; start it there (api role), seed, stop.
            try (LocalSystem system = LocalSystem.start(repo, workDir, "api",
                    Map.of(), Duration.ofMinutes(10), "512m", dataDir)) {
                counts = Seeder.seedStandard(system.endpoints(), playersCsv);
            }
            log.info("Seeded the database under {}; ./dev.sh run now serves it", dataDir);
        }
        log.info("Seeded {} users in {} cities, {} processed videos, {} votes (top video {} votes; the top 10 % of"
                        + " videos hold {} % of the votes). Accounts (password {}): {}", counts.users(),
                counts.cities(), counts.videos(), counts.votes(), counts.topVideoVotes(),
                Math.round(counts.topTenPercentShare() * 100), SeedData.PASSWORD, playersCsv);
    }

    WebResult web() throws Exception {
        WebProfile profile = args.flag("--full") ? WebProfile.full() : WebProfile.quick();
        profile = profile.withLevels(args.integers("--levels", profile.levels()))
                .withTimes(args.seconds("--ramp", profile.ramp()), args.seconds("--hold", profile.hold()));
        Path workDir = runDir("web-" + profile.name());
        WebResult result = new WebCapacityRun(repo, workDir, clipsDir(), profile).run();
        if (publishes(profile.name())) {
            CapacityReport.publishWeb(repo, workDir);
        }
        return result;
    }

    WorkerResult worker() throws Exception {
        WorkerProfile profile = args.flag("--full") ? WorkerProfile.full() : WorkerProfile.quick();
        List<UploadClips.Clip> sizes = args.words("--sizes", List.of()).stream().map(Capacity::clip).toList();
        profile = profile.with(sizes.isEmpty() ? profile.sizes() : sizes,
                args.integers("--concurrency", profile.concurrency()));
        Path workDir = runDir("worker-" + profile.name());
        WorkerResult result = new WorkerCapacityRun(repo, workDir, clipsDir(), profile).run();
        if (publishes(profile.name())) {
            CapacityReport.publishWorker(repo, workDir);
        }
        return result;
    }

    void report() throws Exception {
        CapacityReport.render(repo);
    }

    /** A full run publishes its result to docs/capacity/; a quick one only when asked to. */
    private boolean publishes(String profileName) {
        return "full".equals(profileName) || args.flag("--publish");
    }

    /** A size as --sizes names it: quick, or the megabytes of a clip (4, 50, 100). */
    private static UploadClips.Clip clip(String size) {
        return "quick".equals(size) ? UploadClips.Clip.QUICK : UploadClips.Clip.valueOf("MB" + size);
    }

    private Path clipsDir() {
        return repo.resolve("load-tests/target/upload-clips");
    }

    private Path runDir(String name) throws Exception {
        Path dir = repo.resolve("load-tests/target/capacity").resolve(name + "-" + STAMP.format(Instant.now()));
        Files.createDirectories(dir);
        return dir;
    }
}
