package co.anb.showcase.processing;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param concurrency       jobs this process runs at once (WORKER_CONCURRENCY); 0 = one per core: a second render
 *                          overlaps the first one's downloads, uploads and single-threaded stretches (docs/processing.md)
 * @param pollWait          SQS long-polling wait
 * @param visibilityTimeout how long a held job stays invisible to other workers; the heartbeat renews it (and the
 *                          video's lease) every {@code heartbeatInterval}, so a dead worker's job returns after this
 * @param heartbeatInterval how often a running job's visibility and lease are renewed; well under the timeout
 * @param maxReceives       the queue's maxReceiveCount: the last attempt lets the message go to the dead-letter queue
 * @param backoffBase       wait before the retry after a first failure; doubled on each further failure
 * @param backoffMax        longest wait between retries
 * @param ffmpegTimeout     how long one render may take before FFmpeg is killed
 * @param shutdownTimeout   on shutdown, how long running jobs may finish before they are released to other workers
 *                          (plus up to {@code pollWait} for the idle polls: within the 120 s the instance allows)
 * @param staleAfter        an unfinished video with no job sent for this long gets its job sent again
 * @param sweepInterval     how often the sweeper looks for such videos
 * @param preset            the x264 preset (speed against file size), chosen by the benchmark in docs/processing.md
 * @param crf               the x264 constant rate factor (quality)
 */
@ConfigurationProperties(prefix = "anb.worker")
@Validated
record WorkerProperties(
        @Min(0) @Max(64) @DefaultValue("0") int concurrency,
        @NotNull @DefaultValue("20s") Duration pollWait,
        @NotNull @DefaultValue("120s") Duration visibilityTimeout,
        @NotNull @DefaultValue("30s") Duration heartbeatInterval,
        @Min(1) @DefaultValue("3") int maxReceives,
        @NotNull @DefaultValue("10s") Duration backoffBase,
        @NotNull @DefaultValue("5m") Duration backoffMax,
        @NotNull @DefaultValue("10m") Duration ffmpegTimeout,
        @NotNull @DefaultValue("90s") Duration shutdownTimeout,
        @NotNull @DefaultValue("30m") Duration staleAfter,
        @NotNull @DefaultValue("1m") Duration sweepInterval,
        @NotBlank @DefaultValue("veryfast") String preset,
        @Min(0) @Max(51) @DefaultValue("23") int crf) {

    int effectiveConcurrency() {
        return concurrency > 0 ? concurrency : Runtime.getRuntime().availableProcessors();
    }

    /** The wait before the next attempt after {@code receiveCount} failed ones: base·2^(n−1), capped. */
    Duration backoff(int receiveCount) {
        int doublings = Math.min(Math.max(receiveCount - 1, 0), 20);
        Duration wait = backoffBase.multipliedBy(1L << doublings);
        return wait.compareTo(backoffMax) > 0 ? backoffMax : wait;
    }
}
