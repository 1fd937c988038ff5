package co.anb.showcase.queue;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records a job in the caller's transaction. The job reaches SQS only if that transaction commits, and it reaches
 * SQS even if the queue is down right now: the relay keeps trying until the send succeeds.
 */
@Component
public class JobOutbox {

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    JobOutbox(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void enqueue(ProcessingJob job) {
        jdbc.sql("INSERT INTO outbox (video_id, payload) VALUES (:videoId, CAST(:payload AS jsonb))")
                .param("videoId", job.videoId())
                .param("payload", job.toJson())
                .update();
        events.publishEvent(new JobRecorded(job.videoId()));
    }

    /** Published inside the transaction; the relay reacts after commit. */
    record JobRecorded(java.util.UUID videoId) {
    }
}
