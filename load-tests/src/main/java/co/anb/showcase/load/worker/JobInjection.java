package co.anb.showcase.load.worker;

import co.anb.showcase.load.system.Machine;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Sends staged jobs to a worker node on a schedule while watching the queue and the jobs; one run's figures. */
final class JobInjection {

    private static final Logger log = LoggerFactory.getLogger(JobInjection.class);
    /** The worker's lease length: its visibility timeout (WorkerProperties' default, not changed here). */
    private static final Duration LEASE = Duration.ofSeconds(120);

    private final WorkerNode node;
    private final List<JobProducer.StagedJob> staged;
    private final double ratePerSecond;
    private final int burst;
    private final int backlogCap;
    private final JobTracker tracker;
    private final List<WorkerResult.QueuePoint> queue = new ArrayList<>();
    private Instant start;
    private Instant end;
    private int sent;

    /** {@code burst} jobs at once, then {@code ratePerSecond}, while fewer than {@code backlogCap} wait. */
    JobInjection(WorkerNode node, List<JobProducer.StagedJob> staged, double ratePerSecond, int burst,
                 int backlogCap) {
        this.node = node;
        this.staged = staged;
        this.ratePerSecond = ratePerSecond;
        this.burst = burst;
        this.backlogCap = backlogCap;
        this.tracker = new JobTracker(node.producer().db(), LEASE);
    }

    /**
     * Injects for {@code length} (past it, while fewer than {@code minFinished} jobs have finished, up to
     * {@code limit}): {@code burst} jobs at once, then one every 1/rate seconds while the waiting backlog is under
     * its cap.
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
                tracker.sent(job.videoId(), node.producer().send(job));
                visible++;
            }
            tracker.poll();
            if (elapsed * 1000 >= nextQueueSample) {
                int[] depth = node.producer().queueDepth();
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
     * course's X), and the capacity c / S̄. Sustained: jobs arrive evenly spaced, so throughput is the rate at
     * which they finished, from the first to the last: the arrival rate if the node kept up.
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
        double serviceMean = WorkerStatistics.mean(service);
        double throughput = switch (kind) {
            case "saturation" -> WorkerStatistics.throughputOf(jobs, start, end);
            case "sustained" -> WorkerStatistics.completionRate(jobs);
            default -> Double.NaN;
        };
        double little = "saturation".equals(kind) && !service.isEmpty()
                ? 60 * node.concurrency() / serviceMean : Double.NaN;
        double[] x = queue.stream().mapToDouble(WorkerResult.QueuePoint::seconds).toArray();
        double[] y = queue.stream().mapToDouble(WorkerResult.QueuePoint::visible).toArray();
        int max = queue.stream().mapToInt(WorkerResult.QueuePoint::visible).max().orElse(0);
        int last = queue.isEmpty() ? 0 : queue.get(queue.size() - 1).visible();
        return new WorkerResult.Row(node.clip().label(), node.sizeBytes(), node.concurrency(), kind, seconds,
                ratePerSecond * 60, sent, completed, failed, retried, throughput, little, serviceMean,
                WorkerStatistics.percentile(service, 95), WorkerStatistics.mean(sojourn),
                WorkerStatistics.percentile(sojourn, 95), 60 * WorkerStatistics.slope(x, y), max, last,
                backlogCap == Integer.MAX_VALUE ? 0 : backlogCap,
                node.sampler().summarize(start.toEpochMilli(), windowEnd.toEpochMilli()), List.copyOf(queue),
                Machine.currentLoadAverage(), 0);
    }
}
