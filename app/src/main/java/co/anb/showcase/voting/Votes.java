package co.anb.showcase.voting;

import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The votes table and the per-video counter it keeps in step with. */
@Repository
class Votes {

    private final JdbcClient jdbc;

    Votes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The owner of a video that is published for voting, or empty when the video is unknown or not public. */
    Optional<UUID> publicVideoOwner(UUID videoId) {
        return jdbc.sql("SELECT owner_id FROM videos WHERE id = :id AND status = 'processed'")
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

    /** {@code false} when the video stopped being public meanwhile. */
    boolean incrementCounter(UUID videoId) {
        return jdbc.sql("UPDATE videos SET votes = votes + 1 WHERE id = :id AND status = 'processed'")
                .param("id", videoId)
                .update() == 1;
    }
}
