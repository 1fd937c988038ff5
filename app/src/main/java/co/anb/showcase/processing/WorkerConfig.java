package co.anb.showcase.processing;

import co.anb.showcase.media.FfmpegBinaries;
import co.anb.showcase.queue.JobOutbox;
import co.anb.showcase.queue.QueueConsumer;
import co.anb.showcase.queue.QueueProperties;
import co.anb.showcase.storage.ObjectStore;
import co.anb.showcase.videos.StalledVideos;
import co.anb.showcase.videos.VideoLifecycle;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.file.Path;
import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.support.TransactionTemplate;

/** The worker role: present when {@code ANB_ROLE} is {@code worker} or {@code all} (the default). */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${anb.role:all}' == 'worker' or '${anb.role:all}' == 'all'")
class WorkerConfig {

    /** Where jobs keep their temporary files; every job deletes its own folder when it ends. */
    private static final Path WORK_DIR = Path.of(System.getProperty("java.io.tmpdir"), "anb-worker");

    @Bean
    WorkerMetrics workerMetrics(MeterRegistry registry) {
        return new WorkerMetrics(registry);
    }

    @Bean
    VideoPipeline videoPipeline(FfmpegBinaries ffmpeg, WorkerProperties properties) {
        return new VideoPipeline(ffmpeg, WORK_DIR, properties.preset(), properties.crf(), properties.ffmpegTimeout());
    }

    @Bean
    JobProcessor jobProcessor(VideoLifecycle lifecycle, ObjectStore store, VideoPipeline pipeline,
                              WorkerProperties properties, Clock clock, WorkerMetrics metrics) {
        return new JobProcessor(lifecycle, store, pipeline, WORK_DIR, properties.visibilityTimeout(), clock,
                metrics);
    }

    /** The jobs of uploaded videos, {@code concurrency} at a time. */
    @Bean
    QueueConsumer jobConsumer(QueueProperties queue, WorkerProperties properties, JobProcessor processor,
                              VideoLifecycle lifecycle, WorkerMetrics metrics, Clock clock) {
        return new QueueConsumer("Worker", queue.url(), properties.effectiveConcurrency(), timings(properties),
                new VideoJobHandler(processor, lifecycle, properties, metrics, clock));
    }

    /** The jobs that failed every allowed receive: rare, and quick to handle, so one at a time. */
    @Bean
    QueueConsumer deadLetterConsumer(QueueProperties queue, WorkerProperties properties, VideoLifecycle lifecycle,
                                     WorkerMetrics metrics, Clock clock) {
        return new QueueConsumer("Dead letters", queue.dlqUrl(), 1, timings(properties),
                new DeadLetterHandler(lifecycle, metrics, properties.maxReceives(), clock));
    }

    @Bean
    StalledJobSweeper stalledJobSweeper(StalledVideos stalledVideos, TransactionTemplate transactions,
                                        JobOutbox outbox, WorkerProperties properties, Clock clock) {
        return new StalledJobSweeper(stalledVideos, transactions, outbox, properties, clock);
    }

    private static QueueConsumer.Timings timings(WorkerProperties properties) {
        return new QueueConsumer.Timings(properties.pollWait(), properties.visibilityTimeout(),
                properties.heartbeatInterval(), properties.shutdownTimeout());
    }
}
