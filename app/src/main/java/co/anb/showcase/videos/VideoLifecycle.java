package co.anb.showcase.videos;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The status changes the processing worker makes. Each is one conditional {@code UPDATE ... WHERE status IN (...)}
 * on the statuses allowed to lead to it ({@link VideoStatus#allowedFrom()}), so a change that lost a race (the
 * player deleted the video, another worker already finished it) does nothing and the caller is told so.
 */
@Component
public class VideoLifecycle {

    private final JdbcClient jdbc;

    VideoLifecycle(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @return false if the video is gone or cannot be processed now (already processed, failed) */
    public boolean markProcessing(UUID videoId) {
        return move(videoId, VideoStatus.PROCESSING, "failure_reason = NULL", Map.of());
    }

    /** Publishes the video for voting; its processed file and thumbnail are at their {@link VideoKeys}. */
    public boolean markProcessed(UUID videoId, Instant processedAt) {
        return move(videoId, VideoStatus.PROCESSED,
                "processed_key = :processedKey, thumbnail_key = :thumbnailKey, processed_at = :processedAt",
                Map.of("processedKey", VideoKeys.processed(videoId),
                        "thumbnailKey", VideoKeys.thumbnail(videoId),
                        "processedAt", VideoRepository.timestamp(processedAt)));
    }

    /** @param reason why processing gave up, shown to the player as {@code failure_reason} */
    public boolean markFailed(UUID videoId, String reason) {
        return move(videoId, VideoStatus.FAILED, "failure_reason = :reason", Map.of("reason", reason));
    }

    private boolean move(UUID videoId, VideoStatus target, String assignments, Map<String, ?> values) {
        List<String> from = target.allowedFrom().stream().map(VideoStatus::value).toList();
        return jdbc.sql("UPDATE videos SET status = :target, " + assignments
                        + " WHERE id = :id AND status IN (:from)")
                .param("target", target.value())
                .param("id", videoId)
                .param("from", from)
                .params(values)
                .update() == 1;
    }
}
