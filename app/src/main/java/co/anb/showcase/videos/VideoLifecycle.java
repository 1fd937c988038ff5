package co.anb.showcase.videos;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The status changes the processing worker makes, each one conditional {@code UPDATE}, so a change that lost a
 * race (the player deleted the video, another delivery of the job already finished it) does nothing and the caller
 * is told so. A worker works on a video under a <em>lease</em>: {@link #claim} takes it, the worker's heartbeat
 * {@link #renew renews} it, and only the holder may publish the video. A lease that lapses (the worker died) lets
 * the next delivery of the job take the video over.
 */
@Component
public class VideoLifecycle {

    /** What {@link #claim} found. */
    public enum Claim {
        /** The caller holds the lease and should process the video. */
        CLAIMED,
        /** Another worker holds a live lease: this delivery is a duplicate. */
        HELD_ELSEWHERE,
        /** Already {@code processed} or {@code failed}: nothing to do. */
        FINISHED,
        /** The video was deleted. */
        GONE
    }

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final VideoCopies copies;

    VideoLifecycle(JdbcClient jdbc, ApplicationEventPublisher events, VideoCopies copies) {
        this.jdbc = jdbc;
        this.events = events;
        this.copies = copies;
    }

    /** Moves an {@code uploaded} video, or a {@code processing} one whose lease lapsed, to {@code processing}. */
    public Claim claim(UUID videoId, UUID holder, Instant now, Instant leaseUntil) {
        int claimed = jdbc.sql("""
                        UPDATE videos SET status = :processing, lease_holder = :holder, lease_until = :until,
                                          attempts = attempts + 1
                        WHERE id = :id AND (status = :uploaded
                                            OR (status = :processing AND (lease_until IS NULL OR lease_until < :now)))""")
                .param("uploaded", VideoStatus.UPLOADED.value())
                .param("processing", VideoStatus.PROCESSING.value())
                .param("id", videoId)
                .param("holder", holder)
                .param("until", VideoRepository.timestamp(leaseUntil))
                .param("now", VideoRepository.timestamp(now))
                .update();
        if (claimed == 1) {
            copies.changed(videoId);
            return Claim.CLAIMED;
        }
        return status(videoId)
                .map(status -> status == VideoStatus.PROCESSING ? Claim.HELD_ELSEWHERE : Claim.FINISHED)
                .orElse(Claim.GONE);
    }

    /** @return false if the caller lost the video (deleted, or taken over after its lease lapsed) */
    public boolean renew(UUID videoId, UUID holder, Instant leaseUntil) {
        return jdbc.sql("UPDATE videos SET lease_until = :until"
                        + " WHERE id = :id AND status = :processing AND lease_holder = :holder")
                .param("processing", VideoStatus.PROCESSING.value())
                .param("id", videoId)
                .param("holder", holder)
                .param("until", VideoRepository.timestamp(leaseUntil))
                .update() == 1;
    }

    /** Publishes the video for voting; its processed file and thumbnail are at their {@link VideoKeys}. */
    public boolean markProcessed(UUID videoId, UUID holder, Instant processedAt) {
        boolean published = jdbc.sql("""
                        UPDATE videos SET status = :processed, processed_key = :processedKey,
                                          thumbnail_key = :thumbnailKey, processed_at = :processedAt,
                                          failure_reason = NULL, last_error = NULL,
                                          lease_holder = NULL, lease_until = NULL
                        WHERE id = :id AND status = :processing AND lease_holder = :holder""")
                .param("processed", VideoStatus.PROCESSED.value())
                .param("processing", VideoStatus.PROCESSING.value())
                .param("id", videoId)
                .param("holder", holder)
                .param("processedKey", VideoKeys.processed(videoId))
                .param("thumbnailKey", VideoKeys.thumbnail(videoId))
                .param("processedAt", VideoRepository.timestamp(processedAt))
                .update() == 1;
        if (published) {
            copies.changed(videoId);
            events.publishEvent(new VideoPublished(videoId));
        }
        return published;
    }

    /**
     * Gives the video back after a failed attempt: the lease ends at once (the next delivery may take it) and the
     * error is kept for the final {@code failure_reason}. The status stays {@code processing}: a retry is coming.
     */
    public void release(UUID videoId, UUID holder, String error) {
        jdbc.sql("UPDATE videos SET lease_holder = NULL, lease_until = NULL, last_error = :error"
                        + " WHERE id = :id AND status = :processing AND lease_holder = :holder")
                .param("processing", VideoStatus.PROCESSING.value())
                .param("id", videoId)
                .param("holder", holder)
                .param("error", error)
                .update();
    }

    /**
     * Fails the video at once because its media cannot be processed (no retry would help): {@code failed} with
     * {@code reason}, if the caller still holds its lease.
     *
     * @return false if the caller lost the video meanwhile (deleted, or taken over after its lease lapsed)
     */
    public boolean failPermanently(UUID videoId, UUID holder, String reason) {
        return changed(videoId, jdbc.sql("""
                        UPDATE videos SET status = :failed, failure_reason = :reason, last_error = NULL,
                                          lease_holder = NULL, lease_until = NULL
                        WHERE id = :id AND status = :processing AND lease_holder = :holder""")
                .param("failed", VideoStatus.FAILED.value())
                .param("processing", VideoStatus.PROCESSING.value())
                .param("id", videoId)
                .param("holder", holder)
                .param("reason", reason)
                .update() == 1);
    }

    /**
     * Gives up on the video: {@code failed}, with {@code reason} followed by the last attempt's error, if any.
     * Does nothing while a worker holds a live lease on it (a duplicate job failed; this one may still succeed).
     *
     * @param reason why processing gave up, shown to the player as {@code failure_reason}
     */
    public boolean markFailed(UUID videoId, String reason, Instant now) {
        return changed(videoId, jdbc.sql("""
                        UPDATE videos SET status = :failed,
                                          failure_reason = :reason || COALESCE(' Último error: ' || last_error, ''),
                                          lease_holder = NULL, lease_until = NULL
                        WHERE id = :id AND status IN (:unfinished)
                          AND (lease_until IS NULL OR lease_until < :now)""")
                .param("failed", VideoStatus.FAILED.value())
                .param("unfinished", List.of(VideoStatus.UPLOADED.value(), VideoStatus.PROCESSING.value()))
                .param("id", videoId)
                .param("reason", reason)
                .param("now", VideoRepository.timestamp(now))
                .update() == 1);
    }

    private boolean changed(UUID videoId, boolean updated) {
        if (updated) {
            copies.changed(videoId);
        }
        return updated;
    }

    public Optional<VideoStatus> status(UUID videoId) {
        return jdbc.sql("SELECT status FROM videos WHERE id = :id")
                .param("id", videoId)
                .query(String.class)
                .optional()
                .map(VideoStatus::of);
    }
}
