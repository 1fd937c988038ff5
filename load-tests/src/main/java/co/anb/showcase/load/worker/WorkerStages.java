package co.anb.showcase.load.worker;

import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The three runs the worker scenario makes on a node for one input size: warm-up, saturation, sustained. */
final class WorkerStages {

    private static final Logger log = LoggerFactory.getLogger(WorkerStages.class);
    private static final Duration JOB_TIMEOUT = Duration.ofMinutes(10);

    private final WorkerProfile profile;
    private final WorkerNode node;
    private final int cores = Runtime.getRuntime().availableProcessors();

    WorkerStages(WorkerProfile profile, WorkerNode node) {
        this.profile = profile;
        this.node = node;
    }

    /** The waiting messages a saturation run keeps at most, so it needs a bounded number of staged originals. */
    static int backlogCap(int concurrency) {
        return 3 * concurrency + 6;
    }

    /** One job alone: the unloaded service time, and a warm JVM and page cache for the runs after it. */
    WorkerResult.Row warmup() throws Exception {
        List<JobProducer.StagedJob> staged = node.producer().stage(node.source(), 1);
        JobInjection injection = new JobInjection(node, staged, 0, 1, Integer.MAX_VALUE);
        injection.run(Duration.ZERO, Duration.ZERO, 0);
        injection.awaitDone(JOB_TIMEOUT);
        WorkerResult.Row row = injection.row("warmup");
        node.producer().discard(staged);
        log.info("{} at concurrency {}: one job alone takes {} s", node.clip().label(), node.concurrency(),
                "%.1f".formatted(row.serviceMean()));
        return row;
    }

    /**
     * Jobs at {@code overload} × the capacity the warm-up suggests (every core, or every job slot if fewer, busy
     * for the warm-up's time), first {@code concurrency} of them at once so every slot starts busy. The waiting
     * backlog grows until {@link #backlogCap}; it then stays there, so the node never idles.
     */
    WorkerResult.Row saturation(double warmupSeconds) throws Exception {
        int concurrency = node.concurrency();
        double estimate = Math.min(concurrency, cores) / warmupSeconds;
        double rate = profile.overload() * estimate;
        int cap = backlogCap(concurrency);
        int count = (int) Math.ceil(estimate * profile.saturation().toSeconds() * 1.5) + cap + concurrency;
        List<JobProducer.StagedJob> staged = node.producer().stage(node.source(), count);
        JobInjection injection = new JobInjection(node, staged, rate, concurrency, cap);
        // past its length until every slot has finished two jobs, so even a quick run measures something
        Duration limit = profile.saturation().plusSeconds(Math.round(6 * concurrency * warmupSeconds));
        injection.run(profile.saturation(), limit, Math.max(3, 2 * concurrency));
        WorkerResult.Row row = injection.row("saturation");
        node.producer().purgeQueue();
        injection.awaitRunning(JOB_TIMEOUT);
        node.producer().discard(staged);
        log.info("{} at concurrency {}: saturation {} videos/min observed, capacity {} videos/min"
                        + " (concurrency / mean service {} s), queue trend {} msg/min", node.clip().label(),
                concurrency, "%.2f".formatted(row.throughput()), "%.2f".formatted(row.littleCapacity()),
                "%.1f".formatted(row.serviceMean()), "%.1f".formatted(row.queueSlope()));
        return row;
    }

    /** Jobs evenly spaced at the nominal rate; every one must finish, and the queue must stay flat. */
    WorkerResult.Row sustained(double ratePerSecond) throws Exception {
        int count = Math.max(1, (int) Math.ceil(ratePerSecond * profile.sustained().toSeconds()));
        List<JobProducer.StagedJob> staged = node.producer().stage(node.source(), count);
        JobInjection injection = new JobInjection(node, staged, ratePerSecond, 1, Integer.MAX_VALUE);
        injection.run(profile.sustained(), profile.sustained(), 0);
        injection.awaitDone(JOB_TIMEOUT);
        WorkerResult.Row row = injection.row("sustained");
        node.producer().discard(staged);
        log.info("{} at concurrency {}: sustained at {} videos/min: {} of {} done, {} videos/min, service {} s"
                        + " (p95 {} s), queue trend {} msg/min", node.clip().label(), node.concurrency(),
                "%.2f".formatted(ratePerSecond * 60), row.completed(), row.sent(),
                "%.2f".formatted(row.throughput()), "%.1f".formatted(row.serviceMean()),
                "%.1f".formatted(row.serviceP95()), "%.2f".formatted(row.queueSlope()));
        return row;
    }
}
