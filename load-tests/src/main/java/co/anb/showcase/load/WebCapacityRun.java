package co.anb.showcase.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Scenario 1 of the course, the web tier's capacity in concurrent users: the system runs the api role only, so
 * uploads stop at the queue (no worker takes them, as the course asks: the async tier must not limit the web one).
 * Seeds the dataset, then runs smoke → levels of X users (ramp, hold) until a level misses the SLOs → sustained at
 * 80 % of the best level → the read endpoints at 64 connections; samples the resources all along.
 */
final class WebCapacityRun {

    private static final Logger log = LoggerFactory.getLogger(WebCapacityRun.class);

    private final Path repo;
    private final Path workDir;
    private final Path clipsDir;
    private final WebProfile profile;
    private final Slo slo = Slo.standard();

    WebCapacityRun(Path repo, Path workDir, Path clipsDir, WebProfile profile) {
        this.repo = repo;
        this.workDir = workDir;
        this.clipsDir = clipsDir;
        this.profile = profile;
    }

    WebResult run() throws Exception {
        Files.createDirectories(workDir);
        double freeGb = Files.getFileStore(workDir).getUsableSpace() / 1e9;
        if (freeGb < 15) {
            throw new IllegalStateException(("Only %.0f GB free under %s; the web scenario needs 15 GB for uploads"
                    + " in flight").formatted(freeGb, workDir));
        }
        Machine before = Machine.now();
        log.info("Web scenario, {} profile, levels {}; load average before: {}", profile.name(), profile.levels(),
                before.loadAverage());
        Path smallClip = UploadClips.get(clipsDir, UploadClips.Clip.MB4);
        Path bigClip = UploadClips.get(clipsDir, UploadClips.Clip.MB50);
        Path playersCsv = workDir.resolve("players.csv");
        List<WebResult.Stage> stages = new ArrayList<>();
        WebResult.Seed seed;
        try (LocalSystem system = LocalSystem.start(repo, workDir.resolve("system"), "api", Map.of(),
                profile.longest(), "1536m")) {
            long seedStart = System.nanoTime();
            LocalSystem.StackEndpoints db = system.endpoints();
            Seeder.Counts counts = Seeder.seed(db.jdbcUrl(), db.dbUser(), db.dbPassword(),
                    Seeder.standard(Instant.now()), playersCsv);
            seed = new WebResult.Seed(counts, (System.nanoTime() - seedStart) / 1e9);
            log.info("Seeded {} in {} s", counts, "%.1f".formatted(seed.seconds()));

            ScheduledExecutorService sweeper = Executors.newSingleThreadScheduledExecutor();
            sweeper.scheduleWithFixedDelay(() -> deleteUploads(system, Duration.ofSeconds(20)), 10, 10,
                    TimeUnit.SECONDS);
            try (ResourceSampler sampler = new ResourceSampler(system.jvm(), system.baseUrl(), system.dataDir())) {
                Stages runner = new Stages(system, sampler, playersCsv, smallClip, bigClip, stages);
                runner.web("smoke", profile.smokeUsers(), Duration.ZERO, profile.smoke());
                Integer best = null;
                for (int users : profile.levels()) {
                    WebResult.Stage level = runner.web("level", users, profile.ramp(), profile.hold());
                    if (!level.verdict().met()) {
                        log.info("{} users miss the SLOs: {}", users, level.verdict().breaches());
                        break;
                    }
                    best = users;
                }
                int base = best != null ? best : profile.levels().get(0);
                runner.web("sustained", Math.max(1, (int) Math.round(base * profile.sustainedShare())),
                        profile.sustainedRamp(), profile.sustained());
                runner.reads(profile.readUsers(), profile.reads());
                sampler.writeCsv(workDir.resolve("resources.csv"));
            } finally {
                sweeper.shutdownNow();
            }
        }
        WebResult result = WebResult.of(profile, slo, before, Machine.now(), seed, stages);
        result.write(workDir.resolve("web-result.json"));
        log.info("Web scenario done: max users meeting the SLOs {}, first to saturate: {}", result.maxUsers(),
                result.firstSaturated());
        return result;
    }

    /** Runs the Gatling stages one after the other and collects their figures. */
    private final class Stages {

        private final LocalSystem system;
        private final ResourceSampler sampler;
        private final Path playersCsv;
        private final Path smallClip;
        private final Path bigClip;
        private final List<WebResult.Stage> stages;

        Stages(LocalSystem system, ResourceSampler sampler, Path playersCsv, Path smallClip, Path bigClip,
               List<WebResult.Stage> stages) {
            this.system = system;
            this.sampler = sampler;
            this.playersCsv = playersCsv;
            this.smallClip = smallClip;
            this.bigClip = bigClip;
            this.stages = stages;
        }

        WebResult.Stage web(String kind, int users, Duration ramp, Duration hold)
                throws IOException, InterruptedException {
            return run(WebSimulation.class, kind, users, ramp, hold);
        }

        WebResult.Stage reads(int users, Duration hold) throws IOException, InterruptedException {
            return run(ReadsSimulation.class, "reads", users, Duration.ZERO, hold);
        }

        private WebResult.Stage run(Class<?> simulation, String kind, int users, Duration ramp, Duration hold)
                throws IOException, InterruptedException {
            for (int attempt = 0; ; attempt++) {
                if (profile.guardQuiet()) {
                    QuietMachine.await(Duration.ofMinutes(10));
                }
                WebResult.Stage stage = measure(simulation, kind, users, ramp, hold, attempt);
                if (!profile.guardQuiet() || !stage.disturbed() || attempt >= QuietMachine.MAX_REPEATS) {
                    stages.add(stage);
                    return stage;
                }
                log.info("Stage {}-{} was disturbed: other work took {} % of the machine; repeating it", kind, users,
                        "%.0f".formatted(stage.resources().otherCpuMean()));
            }
        }

        private WebResult.Stage measure(Class<?> simulation, String kind, int users, Duration ramp, Duration hold,
                                        int attempt) throws IOException {
            WebParameters parameters = new WebParameters(system.baseUrl(), users, ramp, hold, playersCsv, smallClip,
                    bigClip, profile.playerShare(), profile.bigUploadShare(), profile.pauseMin(), profile.pauseMax());
            String label = kind + "-" + users + (attempt == 0 ? "" : "-repeat" + attempt);
            log.info("Stage {}: {} users, ramp {} s, hold {} s (load average {})", label, users, ramp.toSeconds(),
                    hold.toSeconds(), Machine.currentLoadAverage());
            long start = System.currentTimeMillis();
            Path reportDir = GatlingRunner.run(simulation, parameters.toProperties(),
                    workDir.resolve("gatling").resolve(label), label);
            long steadyFrom = start + ramp.toMillis();
            long steadyTo = Math.min(System.currentTimeMillis(), steadyFrom + hold.toMillis());
            GatlingReport report = GatlingReport.read(reportDir);
            GatlingReport.Row steady = report.group(WebSimulation.HOLD).orElse(null);
            List<GatlingReport.Row> requests = report.requests(WebSimulation.HOLD);
            Slo.Verdict verdict = slo.judge(steady, requests);
            ResourceSampler.Summary resources = sampler.summarize(steadyFrom, steadyTo);
            WebResult.Stage stage = new WebResult.Stage(kind, users, ramp.toSeconds(), hold.toSeconds(),
                    report.all(), steady, requests, verdict,
                    steady == null ? 0 : steady.total() / Math.max(1.0, hold.toSeconds()), resources,
                    workDir.relativize(reportDir).toString(), Machine.currentLoadAverage(), attempt);
            log.info("Stage {}: {} req/s steady, p95 {} ms, errors {} %, SLOs {}; CPU {} %", label,
                    "%.1f".formatted(stage.steadyRps()), steady == null ? -1 : steady.p95(),
                    steady == null ? -1 : "%.2f".formatted(steady.errorPercent()), verdict.met() ? "met" : "missed",
                    "%.0f".formatted(resources.hostCpuMean()));
            return stage;
        }
    }

    /**
     * Uploads pile up in the store (no worker takes them) at up to tens of MB/s; they are not needed once answered,
     * so files older than {@code age} are removed from the store's directory as the run goes.
     */
    private static void deleteUploads(LocalSystem system, Duration age) {
        Path uploads = system.dataDir().resolve("objects").resolve(system.endpoints().bucket()).resolve("uploads");
        if (!Files.isDirectory(uploads)) {
            return;
        }
        long before = System.currentTimeMillis() - age.toMillis();
        try (Stream<Path> files = Files.list(uploads)) {
            for (Path file : files.toList()) {
                if (Files.isRegularFile(file) && Files.getLastModifiedTime(file).toMillis() < before) {
                    Files.deleteIfExists(file);
                }
            }
        } catch (IOException e) {
            log.warn("Could not clear old uploads: {}", e.toString());
        }
    }
}
