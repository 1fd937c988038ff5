package co.anb.showcase.queue;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * Sends outbox rows to SQS and marks them sent. It runs right after an upload commits (so a job reaches the queue
 * in milliseconds) and on a timer (so a job whose send failed is retried once the queue is back). Rows are claimed
 * with {@code FOR UPDATE SKIP LOCKED}, so several api instances never send the same row at the same time.
 */
@Component
class OutboxRelay implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    private static final int BATCH_SIZE = 25;

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final SqsClient sqs;
    private final QueueProperties queue;
    private final ExecutorService afterCommit = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "outbox-relay");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean relayRequested = new AtomicBoolean();

    OutboxRelay(JdbcClient jdbc, TransactionTemplate transactions, SqsClient sqs, QueueProperties queue) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.sqs = sqs;
        this.queue = queue;
    }

    @TransactionalEventListener
    void onJobRecorded(JobOutbox.JobRecorded event) {
        // Coalesce: one pending run serves every upload committed before it starts.
        if (relayRequested.compareAndSet(false, true)) {
            afterCommit.execute(() -> {
                relayRequested.set(false);
                relayPending();
            });
        }
    }

    @Scheduled(fixedDelayString = "${anb.queue.relay-interval:2s}", initialDelayString = "${anb.queue.relay-interval:2s}")
    void relayPending() {
        try {
            while (relayBatch() == BATCH_SIZE) {
                // a full batch means more may be waiting
            }
        } catch (RuntimeException e) {
            log.warn("Outbox relay paused, pending jobs stay in the outbox: {}", e.getMessage());
        }
    }

    /** Sends up to one batch; stops at the first failed send so the rest wait for the queue to come back. */
    int relayBatch() {
        Integer sent = transactions.execute(status -> {
            List<PendingJob> pending = jdbc.sql("""
                            SELECT id, payload::text AS payload FROM outbox
                            WHERE sent_at IS NULL ORDER BY id LIMIT :limit FOR UPDATE SKIP LOCKED""")
                    .param("limit", BATCH_SIZE)
                    .query(PendingJob.class)
                    .list();
            int count = 0;
            for (PendingJob job : pending) {
                try {
                    sqs.sendMessage(message -> message.queueUrl(queue.url()).messageBody(job.payload()));
                } catch (RuntimeException e) {
                    jdbc.sql("UPDATE outbox SET attempts = attempts + 1, last_error = :error WHERE id = :id")
                            .param("error", String.valueOf(e.getMessage())).param("id", job.id()).update();
                    log.warn("Could not send outbox row {} to the queue (will retry): {}", job.id(), e.getMessage());
                    break;
                }
                jdbc.sql("UPDATE outbox SET sent_at = now(), attempts = attempts + 1 WHERE id = :id")
                        .param("id", job.id()).update();
                count++;
            }
            return count;
        });
        return sent == null ? 0 : sent;
    }

    @Override
    public void destroy() {
        afterCommit.shutdownNow();
    }

    record PendingJob(long id, String payload) {
    }
}
