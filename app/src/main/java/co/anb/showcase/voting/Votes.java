package co.anb.showcase.voting;

import java.time.Instant;
import java.util.Optional;
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

    /** The voter's standing, from auth's {@code voter_accounts} view (an unknown id: unverified, new). */
    Voter voter(UUID userId) {
        return jdbc.sql("SELECT created_at, email_verified FROM voter_accounts WHERE id = :id")
                .param("id", userId)
                .query(Voter.class)
                .optional()
                .orElseGet(() -> new Voter(Instant.now(), false));
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

    record Voter(Instant createdAt, boolean emailVerified) {
    }
}
