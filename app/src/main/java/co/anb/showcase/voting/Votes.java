package co.anb.showcase.voting;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
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

    /** The voter's standing, from auth's {@code voter_accounts} view (an unknown id: unverified, new). */
    Voter voter(UUID userId) {
        return jdbc.sql("SELECT created_at, email_verified FROM voter_accounts WHERE id = :id")
                .param("id", userId)
                .query(Voter.class)
                .optional()
                .orElseGet(() -> new Voter(Instant.now(), false));
    }

    /**
     * Records the vote with its audit trail. {@code false} when this user already voted for this video (voided votes
     * included): the primary key decides, not a prior read.
     */
    boolean insert(UUID userId, UUID videoId, ClientFingerprint.Fingerprint client, Voter voter) {
        return jdbc.sql("""
                        INSERT INTO votes (user_id, video_id, ip_hash, subnet_hash, user_agent_hash,
                                           voter_account_age_seconds, voter_email_verified)
                        VALUES (:userId, :videoId, :ipHash, :subnetHash, :userAgentHash,
                                greatest(0, extract(epoch FROM now() - :createdAt)::bigint), :verified)
                        ON CONFLICT (user_id, video_id) DO NOTHING""")
                .param("userId", userId)
                .param("videoId", videoId)
                .param("ipHash", client.ipHash())
                .param("subnetHash", client.subnetHash())
                .param("userAgentHash", client.userAgentHash())
                .param("createdAt", java.sql.Timestamp.from(voter.createdAt()))
                .param("verified", voter.emailVerified())
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

    /**
     * Voids every counted vote of this account, keeping the rows for the audit.
     *
     * @return the videos whose votes were voided, one entry per vote
     */
    List<UUID> voidAll(UUID userId, String reason) {
        // votes already uncounted by a suspension stay voided for good: reinstating the account no longer restores them
        jdbc.sql("""
                        UPDATE votes SET voided_for_suspension = false, void_reason = :reason
                        WHERE user_id = :userId AND voided_for_suspension""")
                .param("userId", userId)
                .param("reason", reason)
                .update();
        return jdbc.sql("""
                        UPDATE votes SET voided_at = now(), void_reason = :reason
                        WHERE user_id = :userId AND voided_at IS NULL
                        RETURNING video_id""")
                .param("userId", userId)
                .param("reason", reason)
                .query(UUID.class)
                .list();
    }

    /**
     * Voids every counted vote of a suspended account, marked so that {@link #restoreSuspended} finds them.
     *
     * @return the videos whose votes were voided, one entry per vote
     */
    List<UUID> voidForSuspension(UUID userId, String reason) {
        return jdbc.sql("""
                        UPDATE votes SET voided_at = now(), void_reason = :reason, voided_for_suspension = true
                        WHERE user_id = :userId AND voided_at IS NULL
                        RETURNING video_id""")
                .param("userId", userId)
                .param("reason", reason)
                .query(UUID.class)
                .list();
    }

    /**
     * Counts again the votes a suspension voided (and only those).
     *
     * @return the videos whose votes were restored, one entry per vote
     */
    List<UUID> restoreSuspended(UUID userId) {
        return jdbc.sql("""
                        UPDATE votes SET voided_at = NULL, void_reason = NULL, voided_for_suspension = false
                        WHERE user_id = :userId AND voided_for_suspension
                        RETURNING video_id""")
                .param("userId", userId)
                .query(UUID.class)
                .list();
    }

    record Voter(Instant createdAt, boolean emailVerified) {
    }
}
