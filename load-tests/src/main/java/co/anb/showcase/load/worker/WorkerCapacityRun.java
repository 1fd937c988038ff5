package co.anb.showcase.load.worker;

import co.anb.showcase.load.seed.UploadClips;
import co.anb.showcase.load.system.LocalSystem;
import co.anb.showcase.load.system.Machine;
import co.anb.showcase.load.system.QuietMachine;
import co.anb.showcase.load.system.ResourceSampler;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Scenario 2 of the course, the worker node's throughput in videos per minute: the system runs the worker role
 * only, with {@code WORKER_CONCURRENCY} jobs at once, and a producer injects jobs straight into the queue (no web
 * tier). For every concurrency (one system start each) and input size: a warm-up job alone (its time estimates
 * the node's capacity), a saturation run (injection at {@code overload} × that estimate, the waiting backlog capped
 * at {@link WorkerStages#backlogCap}), and a sustained run at {@code nominalShare} of the capacity the saturation
 * run measured ({@link WorkerStages}).
 */
public final class WorkerCapacityRun {

    private static final Logger log = LoggerFactory.getLogger(WorkerCapacityRun.class);

    private final Path repo;
    private final Path workDir;
    private final Path clipsDir;
    private final WorkerProfile profile;

    public WorkerCapacityRun(Path repo, Path workDir, Path clipsDir, WorkerProfile profile) {
        this.repo = repo;
        this.workDir = workDir;
        this.clipsDir = clipsDir;
        this.profile = profile;
    }

    public WorkerResult run() throws Exception {
        Files.createDirectories(workDir);
        Machine before = Machine.now();
        log.info("Worker scenario, {} profile: sizes {}, concurrency {}; load average before: {}", profile.name(),
                profile.sizes(), profile.concurrency(), before.loadAverage());
        Map<UploadClips.Clip, Path> clips = new EnumMap<>(UploadClips.Clip.class);
        for (UploadClips.Clip clip : profile.sizes()) {
            clips.put(clip, UploadClips.get(clipsDir, clip));
        }
        List<WorkerResult.Row> rows = new ArrayList<>();
        for (int concurrency : profile.concurrency()) {
            Duration lifetime = profile.saturation().plus(profile.sustained()).plus(Duration.ofMinutes(20))
                    .multipliedBy(profile.sizes().size() * (profile.guardQuiet() ? 1L + QuietMachine.MAX_REPEATS : 1));
            Path systemDir = workDir.resolve("system-c" + concurrency);
            try (LocalSystem system = LocalSystem.start(repo, systemDir, "worker",
                    Map.of("WORKER_CONCURRENCY", String.valueOf(concurrency)), lifetime, "1536m");
                 ResourceSampler sampler = new ResourceSampler(system.jvm(), system.baseUrl(), system.dataDir());
                 JobProducer producer = new JobProducer(system.endpoints())) {
                for (UploadClips.Clip clip : profile.sizes()) {
                    Path file = clips.get(clip);
                    WorkerNode node = new WorkerNode(producer, sampler, concurrency, clip, Files.size(file),
                            producer.stageSource(file));
                    rows.addAll(measureSize(new WorkerStages(profile, node)));
                }
                sampler.writeCsv(workDir.resolve("resources-c" + concurrency + ".csv"));
            }
        }
        WorkerResult result = new WorkerResult(profile.name(), before, Machine.currentLoadAverage(), List.copyOf(rows));
        result.write(workDir.resolve("worker-result.json"));
        return result;
    }

    /** Warm-up, saturation at the warm-up's estimate, sustained at a share of what the saturation measured. */
    private List<WorkerResult.Row> measureSize(WorkerStages stages) throws Exception {
        WorkerResult.Row warmup = measured(stages::warmup);
        WorkerResult.Row saturation = measured(() -> stages.saturation(warmup.serviceMean()));
        WorkerResult.Row sustained = measured(() -> stages.sustained(nominalRate(warmup, saturation)));
        return List.of(warmup, saturation, sustained);
    }

    /** Runs one measurement, after waiting for a quiet machine, again if other work disturbed it. */
    private WorkerResult.Row measured(Callable<WorkerResult.Row> run) throws Exception {
        return QuietMachine.measure(profile.guardQuiet(), attempt -> run.call().withRepeats(attempt),
                WorkerResult.Row::resources, row -> log.info("{} at concurrency {}, {} run, was disturbed: other"
                                + " work took {} % of the machine; repeating it", row.size(), row.concurrency(),
                        row.kind(), "%.0f".formatted(row.resources().otherCpuMean())));
    }

    /**
     * Jobs per second for the sustained run: {@code nominalShare} of the capacity the saturation run measured (the
     * Little's-law figure; the observed throughput if no job finished its service; the warm-up's estimate if
     * nothing finished at all).
     */
    private double nominalRate(WorkerResult.Row warmup, WorkerResult.Row saturation) {
        double perMinute = saturation.littleCapacity();
        if (Double.isNaN(perMinute) || perMinute <= 0) {
            perMinute = saturation.throughput();
        }
        if (Double.isNaN(perMinute) || perMinute <= 0) {
            perMinute = 60.0 / warmup.serviceMean();
        }
        return profile.nominalShare() * perMinute / 60;
    }
}
