package co.anb.showcase.processing;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The worker's meters. The infra module's dashboard reads {@code anb.processing.duration},
 * {@code anb.jobs.processed} and {@code anb.jobs.failed} from CloudWatch namespace ANB.
 */
class WorkerMetrics {

    private final Timer processing;
    private final Timer queueLag;
    private final Counter processed;
    private final Counter failed;
    private final Counter skipped;
    private final Counter deadLettered;
    private final AtomicInteger inFlight = new AtomicInteger();

    WorkerMetrics(MeterRegistry registry) {
        processing = Timer.builder("anb.processing.duration")
                .description("Time to process one video: claim, download, render, upload, publish")
                .publishPercentiles(0.5, 0.95, 0.99)
                .register(registry);
        queueLag = Timer.builder("anb.queue.lag")
                .description("From the job's created_at to a worker receiving it")
                .publishPercentiles(0.5, 0.95)
                .register(registry);
        processed = Counter.builder("anb.jobs.processed").description("Videos published").register(registry);
        failed = Counter.builder("anb.jobs.failed").description("Failed attempts (each retried or dead-lettered)")
                .register(registry);
        skipped = Counter.builder("anb.jobs.skipped")
                .description("Deliveries with nothing to do: finished, held by another worker, or deleted")
                .register(registry);
        deadLettered = Counter.builder("anb.jobs.dead_lettered")
                .description("Videos marked failed from the dead-letter queue").register(registry);
        registry.gauge("anb.jobs.in_flight", inFlight);
    }

    void started() {
        inFlight.incrementAndGet();
    }

    void finished() {
        inFlight.decrementAndGet();
    }

    void processed(Duration took) {
        processing.record(took);
        processed.increment();
    }

    void failed() {
        failed.increment();
    }

    void skipped() {
        skipped.increment();
    }

    void deadLettered() {
        deadLettered.increment();
    }

    void lag(Duration lag) {
        if (!lag.isNegative()) {
            queueLag.record(lag);
        }
    }

    int inFlight() {
        return inFlight.get();
    }
}
