package co.anb.showcase.load;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Scenario 2 of the course, the worker node's throughput in videos per minute: the system runs the worker role
 * only, with {@code WORKER_CONCURRENCY} jobs at once, and a producer injects jobs straight into the queue (no web
 * tier). For every concurrency (one system start each) and input size: a warm-up job alone (its time estimates
 * the node's capacity), a saturation run (injection at {@code overload} × that estimate, the waiting backlog capped
 * at {@link #backlogCap}), and a sustained run at {@code nominalShare} of the capacity the saturation run measured.
 */
final class WorkerCapacityRun {

    private static final Logger log = LoggerFactory.getLogger(WorkerCapacityRun.class);
    /** The worker's lease length: its visibility timeout (WorkerProperties' default, not changed here). */
    private static final Duration LEASE = Duration.ofSeconds(120);
    private static final Duration JOB_TIMEOUT = Duration.ofMinutes(10);

    private final Path repo;
    private final Path workDir;
    private final Path clipsDir;
    private final WorkerProfile profile;
    private final int cores = Runtime.getRuntime().availableProcessors();

    WorkerCapacityRun(Path repo, Path workDir, Path clipsDir, WorkerProfile profile) {
        this.repo = repo;
        this.workDir = workDir;
        this.clipsDir = clipsDir;
        this.profile = profile;
    }

    /** The waiting messages a saturation run keeps at most, so it needs a bounded number of staged originals. */
    static int backlogCap(int concurrency) {
        return 3 * concurrency + 6;
    }

    WorkerResult run() throws Exception {
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
                    String source = producer.stageSource(file);
                    Node node = new Node(producer, sampler, clip, Files.size(file), concurrency, source);
                    WorkerResult.Row warmup = measured(node::warmup);
                    rows.add(warmup);
                    WorkerResult.Row saturation = measured(() -> node.saturation(warmup.serviceMean()));
                    rows.add(saturation);
                    rows.add(measured(() -> node.sustained(nominalRate(warmup, saturation))));
                }
                sampler.writeCsv(workDir.resolve("resources-c" + concurrency + ".csv"));
            }
        }
        WorkerResult result = new WorkerResult(profile.name(), before, Machine.currentLoadAverage(), List.copyOf(rows));
        result.write(workDir.resolve("worker-result.json"));
        return result;
    }

    /** Runs one measurement, after waiting for a quiet machine, again if other work disturbed it. */
    private WorkerResult.Row measured(Callable<WorkerResult.Row> run) throws Exception {
        for (int attempt = 0; ; attempt++) {
            if (profile.guardQuiet()) {
                QuietMachine.await(Duration.ofMinutes(10));
            }
            WorkerResult.Row row = run.call();
            if (!profile.guardQuiet() || !QuietMachine.disturbed(row.resources())
                    || attempt >= QuietMachine.MAX_REPEATS) {
                return row.withRepeats(attempt);
            }
            log.info("{} at concurrency {}, {} run, was disturbed: other work took {} % of the machine; repeating it",
                    row.size(), row.concurrency(), row.kind(), "%.0f".formatted(row.resources().otherCpuMean()));
        }
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

    /** One worker node (a started system) and one input size. */
    private final class Node {

        private final JobProducer producer;
        private final ResourceSampler sampler;
        private final UploadClips.Clip clip;
        private final long sizeBytes;
        private final int concurrency;
        private final String source;

        Node(JobProducer producer, ResourceSampler sampler, UploadClips.Clip clip, long sizeBytes, int concurrency,
             String source) {
            this.producer = producer;
            this.sampler = sampler;
            this.clip = clip;
            this.sizeBytes = sizeBytes;
            this.concurrency = concurrency;
            this.source = source;
        }

        /** One job alone: the unloaded service time, and a warm JVM and page cache for the runs after it. */
        WorkerResult.Row warmup() throws Exception {
            List<JobProducer.StagedJob> staged = producer.stage(source, 1);
            Injection injection = new Injection(staged, 0, 1, Integer.MAX_VALUE);
            injection.run(Duration.ZERO, Duration.ZERO, 0);
            injection.awaitDone(JOB_TIMEOUT);
            WorkerResult.Row row = injection.row("warmup");
            producer.discard(staged);
            log.info("{} at concurrency {}: one job alone takes {} s", clip.label(), concurrency,
                    "%.1f".formatted(row.serviceMean()));
            return row;
        }

        /**
         * Jobs at {@code overload} × the capacity the warm-up suggests (every core, or every job slot if fewer,
         * busy for the warm-up's time), first {@code concurrency} of them at once so every slot starts busy. The
         * waiting backlog grows until {@link #backlogCap}; it then stays there, so the node never idles.
         */
        WorkerResult.Row saturation(double warmupSeconds) throws Exception {
            double estimate = Math.min(concurrency, cores) / warmupSeconds;
            double rate = profile.overload() * estimate;
            int cap = backlogCap(concurrency);
            int count = (int) Math.ceil(estimate * profile.saturation().toSeconds() * 1.5) + cap + concurrency;
            List<JobProducer.StagedJob> staged = producer.stage(source, count);
            Injection injection = new Injection(staged, rate, concurrency, cap);
            // past its length until every slot has finished two jobs, so even a quick run measures something
            Duration limit = profile.saturation().plusSeconds(Math.round(6 * concurrency * warmupSeconds));
            injection.run(profile.saturation(), limit, Math.max(3, 2 * concurrency));
            WorkerResult.Row row = injection.row("saturation");
            producer.purgeQueue();
            injection.awaitRunning(JOB_TIMEOUT);
            producer.discard(staged);
            log.info("{} at concurrency {}: saturation {} videos/min observed, capacity {} videos/min"
                            + " (concurrency / mean service {} s), queue trend {} msg/min", clip.label(), concurrency,
                    "%.2f".formatted(row.throughput()), "%.2f".formatted(row.littleCapacity()),
                    "%.1f".formatted(row.serviceMean()), "%.1f".formatted(row.queueSlope()));
            return row;
        }

        /** Jobs evenly spaced at the nominal rate; every one must finish, and the queue must stay flat. */
        WorkerResult.Row sustained(double ratePerSecond) throws Exception {
            int count = Math.max(1, (int) Math.ceil(ratePerSecond * profile.sustained().toSeconds()));
            List<JobProducer.StagedJob> staged = producer.stage(source, count);
            Injection injection = new Injection(staged, ratePerSecond, 1, Integer.MAX_VALUE);
            injection.run(profile.sustained(), profile.sustained(), 0);
            injection.awaitDone(JOB_TIMEOUT);
            WorkerResult.Row row = injection.row("sustained");
            producer.discard(staged);
            log.info("{} at concurrency {}: sustained at {} videos/min: {} of {} done, {} videos/min, service {} s"
                            + " (p95 {} s), queue trend {} msg/min", clip.label(), concurrency,
                    "%.2f".formatted(ratePerSecond * 60), row.completed(), row.sent(),
                    "%.2f".formatted(row.throughput()), "%.1f".formatted(row.serviceMean()),
                    "%.1f".formatted(row.serviceP95()), "%.2f".formatted(row.queueSlope()));
            return row;
        }

        /** Sends staged jobs on a schedule while watching the queue and the jobs. */
        private final class Injection {

            private final List<JobProducer.StagedJob> staged;
            private final double ratePerSecond;
            private final int burst;
            private final int backlogCap;
            private final JobTracker tracker;
            private final List<WorkerResult.QueuePoint> queue = new ArrayList<>();
            private Instant start;
            private Instant end;
            private int sent;

            Injection(List<JobProducer.StagedJob> staged, double ratePerSecond, int burst, int backlogCap) {
                this.staged = staged;
                this.ratePerSecond = ratePerSecond;
                this.burst = burst;
                this.backlogCap = backlogCap;
                this.tracker = new JobTracker(producer.db(), LEASE);
            }

            /**
             * Injects for {@code length} (past it, while fewer than {@code minFinished} jobs have finished, up to
             * {@code limit}): {@code burst} jobs at once, then one every 1/rate seconds while the waiting backlog is
             * under its cap.
             */
            void run(Duration length, Duration limit, int minFinished) throws SQLException, InterruptedException {
                start = Instant.now();
                long startNanos = System.nanoTime();
                long nextQueueSample = 0;
                int visible = 0;
                while (true) {
                    double elapsed = (System.nanoTime() - startNanos) / 1e9;
                    double due = burst + elapsed * ratePerSecond;
                    while (sent < staged.size() && sent < due && visible < backlogCap) {
                        JobProducer.StagedJob job = staged.get(sent++);
                        tracker.sent(job.videoId(), producer.send(job));
                        visible++;
                    }
                    tracker.poll();
                    if (elapsed * 1000 >= nextQueueSample) {
                        int[] depth = producer.queueDepth();
                        visible = depth[0];
                        queue.add(new WorkerResult.QueuePoint(Math.round(elapsed * 10) / 10.0, depth[0], depth[1]));
                        nextQueueSample += 1000;
                    }
                    boolean over = elapsed >= length.toSeconds()
                            && (finished() >= minFinished || elapsed >= limit.toSeconds());
                    if (over) {
                        break;
                    }
                    Thread.sleep(250);
                }
                end = Instant.now();
            }

            void awaitDone(Duration timeout) throws SQLException, InterruptedException {
                Instant deadline = Instant.now().plus(timeout);
                while (Instant.now().isBefore(deadline)) {
                    tracker.poll();
                    if (tracker.jobs().stream().allMatch(JobTracker.Job::done)) {
                        return;
                    }
                    Thread.sleep(500);
                }
                log.warn("Jobs still unfinished after {}", timeout);
            }

            /** Waits for the jobs a worker has started (after a purge, the others will never come). */
            void awaitRunning(Duration timeout) throws SQLException, InterruptedException {
                Instant deadline = Instant.now().plus(timeout);
                do {
                    tracker.poll();
                    if (tracker.running() == 0) {
                        return;
                    }
                    Thread.sleep(500);
                } while (Instant.now().isBefore(deadline));
                log.warn("Jobs still running after {}", timeout);
            }

            private long finished() {
                return tracker.jobs().stream().filter(JobTracker.Job::done).count();
            }

            /** The end of the injection, or the last job's end if later (warm-up and sustained runs wait for it). */
            private Instant lastActivity(List<JobTracker.Job> jobs) {
                return jobs.stream().map(job -> job.finishedAt).filter(Objects::nonNull)
                        .filter(end::isBefore).max(Instant::compareTo).orElse(end);
            }

            /**
             * The run's figures. Saturation: throughput is the jobs finished during the injection, per minute (the
             * course's X), and the capacity c / S̄. Sustained: jobs arrive evenly spaced, so throughput is the rate
             * at which they finished, from the first to the last: the arrival rate if the node kept up.
             */
            WorkerResult.Row row(String kind) {
                List<JobTracker.Job> jobs = tracker.jobs();
                List<Double> service = new ArrayList<>();
                List<Double> sojourn = new ArrayList<>();
                int completed = 0;
                int failed = 0;
                int retried = 0;
                for (JobTracker.Job job : jobs) {
                    if ("processed".equals(job.status)) {
                        completed++;
                        if (job.service() != null) {
                            service.add(job.service().toMillis() / 1000.0);
                        }
                        sojourn.add(job.sojourn().toMillis() / 1000.0);
                    } else if ("failed".equals(job.status)) {
                        failed++;
                    }
                    if (job.attempts > 1) {
                        retried++;
                    }
                }
                double seconds = Duration.between(start, end).toMillis() / 1000.0;
                Instant windowEnd = "saturation".equals(kind) ? end : lastActivity(jobs);
                double serviceMean = WorkerResult.mean(service);
                double throughput = switch (kind) {
                    case "saturation" -> WorkerResult.throughputOf(jobs, start, end);
                    case "sustained" -> WorkerResult.completionRate(jobs);
                    default -> Double.NaN;
                };
                double little = "saturation".equals(kind) && !service.isEmpty()
                        ? 60 * concurrency / serviceMean : Double.NaN;
                double[] x = queue.stream().mapToDouble(WorkerResult.QueuePoint::seconds).toArray();
                double[] y = queue.stream().mapToDouble(WorkerResult.QueuePoint::visible).toArray();
                int max = queue.stream().mapToInt(WorkerResult.QueuePoint::visible).max().orElse(0);
                int last = queue.isEmpty() ? 0 : queue.get(queue.size() - 1).visible();
                return new WorkerResult.Row(clip.label(), sizeBytes, concurrency, kind, seconds, ratePerSecond * 60,
                        sent, completed, failed, retried, throughput, little, serviceMean,
                        WorkerResult.percentile(service, 95), WorkerResult.mean(sojourn),
                        WorkerResult.percentile(sojourn, 95), 60 * WorkerResult.slope(x, y), max, last,
                        backlogCap == Integer.MAX_VALUE ? 0 : backlogCap,
                        sampler.summarize(start.toEpochMilli(), windowEnd.toEpochMilli()), List.copyOf(queue),
                        Machine.currentLoadAverage(), 0);
            }
        }
    }
}
