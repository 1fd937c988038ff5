package co.anb.showcase.voting;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The votes table, and which videos can be voted on (the videos module's {@code published_videos} view). */
@Repository
class Votes {

    private final JdbcClient jdbc;

    Votes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The owner of a video that is published for voting, or empty when the video is unknown or not public. */
    Optional<UUID> publicVideoOwner(UUID videoId) {
        return jdbc.sql("SELECT owner_id FROM published_videos WHERE id = :id")
                .param("id", videoId)
                .query(UUID.class)
                .optional();
    }

    /** {@code false} when this user already voted for this video: the primary key decides, not a prior read. */
    boolean insert(UUID userId, UUID videoId) {
        return jdbc.sql("""
                        INSERT INTO votes (user_id, video_id) VALUES (:userId, :videoId)
                        ON CONFLICT (user_id, video_id) DO NOTHING""")
                .param("userId", userId)
                .param("videoId", videoId)
                .update() == 1;
    }

    /** Which of these videos the user voted for: one indexed lookup for a whole page. */
    Set<UUID> votedAmong(UUID userId, Collection<UUID> videoIds) {
        if (videoIds.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(jdbc.sql("SELECT video_id FROM votes WHERE user_id = :userId AND video_id IN (:videoIds)")
                .param("userId", userId)
                .param("videoIds", videoIds)
                .query(UUID.class)
                .list());
    }
}
