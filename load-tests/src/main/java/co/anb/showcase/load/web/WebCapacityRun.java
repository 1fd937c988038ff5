package co.anb.showcase.load.web;

import co.anb.showcase.load.seed.Seeder;
import co.anb.showcase.load.seed.UploadClips;
import co.anb.showcase.load.system.LocalSystem;
import co.anb.showcase.load.system.Machine;
import co.anb.showcase.load.system.ResourceSampler;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Scenario 1 of the course, the web tier's capacity in concurrent users: the system runs the api role only, so
 * uploads stop at the queue (no worker takes them, as the course asks: the async tier must not limit the web one).
 * Seeds the dataset, then runs smoke → levels of X users (ramp, hold) until a level misses the SLOs → sustained at
 * 80 % of the best level → the read endpoints at 64 connections; samples the resources all along.
 */
public final class WebCapacityRun {

    private static final Logger log = LoggerFactory.getLogger(WebCapacityRun.class);

    private final Path repo;
    private final Path workDir;
    private final Path clipsDir;
    private final WebProfile profile;
    private final Slo slo = Slo.standard();

    public WebCapacityRun(Path repo, Path workDir, Path clipsDir, WebProfile profile) {
        this.repo = repo;
        this.workDir = workDir;
        this.clipsDir = clipsDir;
        this.profile = profile;
    }

    public WebResult run() throws Exception {
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
        WebResult.Seed seed;
        StageRunner runner;
        try (LocalSystem system = LocalSystem.start(repo, workDir.resolve("system"), "api", Map.of(),
                profile.longest(), "1536m")) {
            long seedStart = System.nanoTime();
            Seeder.Counts counts = Seeder.seedStandard(system.endpoints(), playersCsv);
            seed = new WebResult.Seed(counts, (System.nanoTime() - seedStart) / 1e9);
            log.info("Seeded {} in {} s", counts, "%.1f".formatted(seed.seconds()));

            try (UploadSweeper sweeper = new UploadSweeper(system);
                 ResourceSampler sampler = new ResourceSampler(system.jvm(), system.baseUrl(), system.dataDir())) {
                runner = new StageRunner(system, sampler, profile, slo, workDir, playersCsv, smallClip, bigClip);
                runStages(runner);
                sampler.writeCsv(workDir.resolve("resources.csv"));
            }
        }
        WebResult result = WebResult.of(profile, slo, before, Machine.now(), seed, runner.stages());
        result.write(workDir.resolve("web-result.json"));
        log.info("Web scenario done: max users meeting the SLOs {}, first to saturate: {}", result.maxUsers(),
                result.firstSaturated());
        return result;
    }

    /** Smoke, the levels up to the first that misses the SLOs, sustained at a share of the best, the reads. */
    private void runStages(StageRunner runner) throws Exception {
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
    }
}
