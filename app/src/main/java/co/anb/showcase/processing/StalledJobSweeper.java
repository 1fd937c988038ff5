package co.anb.showcase.processing;

import co.anb.showcase.queue.JobOutbox;
import co.anb.showcase.queue.ProcessingJob;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the job again for unfinished videos that nobody works on and whose last job was sent more than
 * {@code staleAfter} ago: the message was lost (the local queue lives in memory and forgets its messages when the
 * app restarts; a queue purged by hand). Re-sending is safe: a second delivery of a finished job does nothing.
 * Rows are locked with {@code SKIP LOCKED}, so several workers never re-send the same video at once.
 */
class StalledJobSweeper {

    private static final Logger log = LoggerFactory.getLogger(StalledJobSweeper.class);
    private static final int BATCH_SIZE = 50;

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final JobOutbox outbox;
    private final WorkerProperties properties;
    private final Clock clock;

    StalledJobSweeper(JdbcClient jdbc, TransactionTemplate transactions, JobOutbox outbox,
                      WorkerProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.outbox = outbox;
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${anb.worker.sweep-interval:1m}",
            initialDelayString = "${anb.worker.sweep-interval:1m}")
    void sweep() {
        try {
            Integer resent = transactions.execute(status -> resendStalled());
            if (resent != null && resent > 0) {
                log.warn("Re-sent {} job(s) that had been waiting more than {}", resent, properties.staleAfter());
            }
        } catch (RuntimeException e) {
            log.warn("Sweep for stalled jobs failed: {}", e.getMessage());
        }
    }

    int resendStalled() {
        Instant now = clock.instant();
        Instant cutoff = now.minus(properties.staleAfter());
        List<ProcessingJob> stalled = jdbc.sql("""
                        SELECT v.id, v.task_id, v.original_key FROM videos v
                        WHERE v.status IN ('uploaded', 'processing') AND v.uploaded_at < :cutoff
                          AND (v.lease_until IS NULL OR v.lease_until < :now)
                          AND NOT EXISTS (SELECT 1 FROM outbox o WHERE o.video_id = v.id
                                          AND (o.sent_at IS NULL OR o.created_at >= :cutoff))
                        ORDER BY v.uploaded_at LIMIT :limit
                        FOR UPDATE OF v SKIP LOCKED""")
                .param("cutoff", cutoff.atOffset(ZoneOffset.UTC))
                .param("now", now.atOffset(ZoneOffset.UTC))
                .param("limit", BATCH_SIZE)
                .query((row, n) -> new ProcessingJob(row.getObject("id", UUID.class),
                        row.getObject("task_id", UUID.class), row.getString("original_key"), now))
                .list();
        stalled.forEach(outbox::enqueue);
        return stalled.size();
    }
}
