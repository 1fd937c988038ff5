package co.anb.showcase.videos;

import co.anb.showcase.queue.ProcessingJob;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Unfinished videos whose job may have been lost: nobody holds a live lease on them and no job for them was written
 * after {@code cutoff} or is still waiting in the outbox (the queue module's {@code job_history} view). Rows are
 * locked with {@code SKIP LOCKED} for the caller's transaction, so two sweepers never pick the same video.
 */
@Component
public class StalledVideos {

    private final JdbcClient jdbc;

    StalledVideos(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Oldest first; call inside a transaction, which holds the row locks until the jobs are written. */
    public List<ProcessingJob> lockStalled(Instant cutoff, Instant now, int limit) {
        return jdbc.sql("""
                        SELECT v.id, v.task_id, v.original_key FROM videos v
                        WHERE v.status IN (:unfinished) AND v.uploaded_at < :cutoff
                          AND (v.lease_until IS NULL OR v.lease_until < :now)
                          AND NOT EXISTS (SELECT 1 FROM job_history j WHERE j.video_id = v.id
                                          AND (j.sent_at IS NULL OR j.created_at >= :cutoff))
                        ORDER BY v.uploaded_at LIMIT :limit
                        FOR UPDATE OF v SKIP LOCKED""")
                .param("unfinished", List.of(VideoStatus.UPLOADED.value(), VideoStatus.PROCESSING.value()))
                .param("cutoff", VideoRepository.timestamp(cutoff))
                .param("now", VideoRepository.timestamp(now))
                .param("limit", limit)
                .query((row, n) -> new ProcessingJob(row.getObject("id", UUID.class),
                        row.getObject("task_id", UUID.class), row.getString("original_key"), now))
                .list();
    }
}
