package co.anb.showcase.processing;

import co.anb.showcase.media.FfmpegBinaries;
import co.anb.showcase.queue.JobOutbox;
import co.anb.showcase.queue.QueueProperties;
import co.anb.showcase.storage.ObjectStore;
import co.anb.showcase.videos.VideoLifecycle;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.file.Path;
import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import software.amazon.awssdk.services.sqs.SqsClient;
import tools.jackson.databind.json.JsonMapper;

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

    @Bean
    QueueWorker queueWorker(SqsClient sqs, QueueProperties queue, WorkerProperties properties,
                            JobProcessor processor, VideoLifecycle lifecycle, JsonMapper json, WorkerMetrics metrics,
                            Clock clock) {
        return new QueueWorker(sqs, queue.url(), properties, processor, lifecycle, json, metrics, clock);
    }

    @Bean
    DeadLetterConsumer deadLetterConsumer(SqsClient sqs, QueueProperties queue, VideoLifecycle lifecycle,
                                          JsonMapper json, WorkerMetrics metrics, WorkerProperties properties,
                                          Clock clock) {
        return new DeadLetterConsumer(sqs, queue.dlqUrl(), lifecycle, json, metrics, properties, clock);
    }

    @Bean
    StalledJobSweeper stalledJobSweeper(JdbcClient jdbc, TransactionTemplate transactions, JobOutbox outbox,
                                        WorkerProperties properties, Clock clock) {
        return new StalledJobSweeper(jdbc, transactions, outbox, properties, clock);
    }
}
