package co.anb.showcase.videos;

import co.anb.showcase.shared.ApiException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Staff hide a video from every public read and show it again. Hiding changes the {@code published_videos} view's
 * answer, so the gallery, the rankings, votes and share pages all follow it. Runs in the caller's transaction; the
 * caches are told after commit ({@link VideoVisibilityChanged}).
 */
@Component
public class VideoModeration {

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final VideoCopies copies;

    VideoModeration(JdbcClient jdbc, ApplicationEventPublisher events, VideoCopies copies) {
        this.jdbc = jdbc;
        this.events = events;
        this.copies = copies;
    }

    /** Hiding a hidden video replaces its reason and keeps the original time. @throws ApiException 404 */
    public Visibility hide(UUID videoId, String reason) {
        Visibility hidden = jdbc.sql("""
                        UPDATE videos SET hidden_at = coalesce(hidden_at, now()), hidden_reason = :reason
                        WHERE id = :id RETURNING id, hidden_reason, hidden_at""")
                .param("id", videoId)
                .param("reason", reason)
                .query((row, n) -> new Visibility(row.getObject("id", UUID.class), true,
                        row.getString("hidden_reason"), row.getObject("hidden_at", OffsetDateTime.class).toInstant()))
                .optional()
                .orElseThrow(VideoModeration::notFound);
        copies.changed(videoId);
        events.publishEvent(new VideoVisibilityChanged(Set.of(videoId)));
        return hidden;
    }

    /** @throws ApiException 404 */
    public Visibility unhide(UUID videoId) {
        int updated = jdbc.sql("UPDATE videos SET hidden_at = NULL, hidden_reason = NULL WHERE id = :id")
                .param("id", videoId)
                .update();
        if (updated == 0) {
            throw notFound();
        }
        copies.changed(videoId);
        events.publishEvent(new VideoVisibilityChanged(Set.of(videoId)));
        return new Visibility(videoId, false, null, null);
    }

    /** The owner was suspended or reinstated: the public reads of all their videos change. */
    public void ownerStandingChanged(UUID ownerId) {
        Set<UUID> ids = new HashSet<>(jdbc.sql("SELECT id FROM videos WHERE owner_id = :owner")
                .param("owner", ownerId)
                .query(UUID.class)
                .list());
        events.publishEvent(new VideoVisibilityChanged(ids));
    }

    static ApiException notFound() {
        return ApiException.notFound(VideoService.NOT_FOUND);
    }

    public record Visibility(UUID videoId, boolean hidden, String hiddenReason, Instant hiddenAt) {
    }
}
