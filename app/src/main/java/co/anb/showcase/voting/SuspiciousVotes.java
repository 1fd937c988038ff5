package co.anb.showcase.voting;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Clusters of one video's votes worth a look: runs of votes from one address hash or one subnet hash, or by new or
 * unverified accounts, where each vote follows the previous one within {@code clusterGap} (gaps and islands over
 * the votes in time order), with at least {@code clusterMinVotes} votes. Voided votes stay in, counted apart.
 */
@Repository
class SuspiciousVotes {

    /** Enough of a hash to tell clusters apart and match them across videos; not the whole keyed hash. */
    static final int KEY_HEX_CHARS = 16;

    private final JdbcClient jdbc;
    private final VotingProperties properties;

    SuspiciousVotes(JdbcClient jdbc, VotingProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    List<Cluster> of(UUID videoId) {
        return jdbc.sql("""
                        WITH v AS (
                            SELECT user_id, created_at, voided_at, ip_hash, subnet_hash,
                                   voter_account_age_seconds < :newAge AS new_account,
                                   NOT voter_email_verified AS unverified
                            FROM votes WHERE video_id = :videoId AND ip_hash IS NOT NULL
                        ), keyed AS (
                            SELECT 'ip' AS kind, encode(ip_hash, 'hex') AS key, user_id, created_at, voided_at FROM v
                            UNION ALL
                            SELECT 'subnet', encode(subnet_hash, 'hex'), user_id, created_at, voided_at FROM v
                            UNION ALL
                            SELECT 'new_accounts', NULL, user_id, created_at, voided_at FROM v WHERE new_account
                            UNION ALL
                            SELECT 'unverified_accounts', NULL, user_id, created_at, voided_at FROM v WHERE unverified
                        ), marked AS (
                            SELECT *, CASE WHEN created_at - lag(created_at) OVER (PARTITION BY kind, key
                                               ORDER BY created_at) > make_interval(secs => :gap)
                                           THEN 1 ELSE 0 END AS starts_cluster
                            FROM keyed
                        ), clustered AS (
                            SELECT *, sum(starts_cluster) OVER (PARTITION BY kind, key ORDER BY created_at
                                                                ROWS UNBOUNDED PRECEDING) AS cluster
                            FROM marked
                        )
                        SELECT kind, left(key, :keyChars) AS key, count(*) AS votes,
                               count(DISTINCT user_id) AS accounts, count(voided_at) AS voided,
                               min(created_at) AS first_vote_at, max(created_at) AS last_vote_at,
                               array_agg(DISTINCT user_id) AS user_ids
                        FROM clustered
                        GROUP BY kind, key, cluster
                        HAVING count(*) >= :minVotes
                        ORDER BY count(*) DESC, min(created_at)""")
                .param("videoId", videoId)
                .param("newAge", properties.newAccountAge().toSeconds())
                .param("gap", properties.clusterGap().toSeconds())
                .param("keyChars", KEY_HEX_CHARS)
                .param("minVotes", properties.clusterMinVotes())
                .query(SuspiciousVotes::cluster)
                .list();
    }

    private static Cluster cluster(ResultSet row, int index) throws SQLException {
        Instant first = row.getTimestamp("first_vote_at").toInstant();
        Instant last = row.getTimestamp("last_vote_at").toInstant();
        Array users = row.getArray("user_ids");
        List<UUID> userIds = Arrays.stream((Object[]) users.getArray()).map(UUID.class::cast).sorted().toList();
        return new Cluster(row.getString("kind"), row.getString("key"), row.getLong("votes"),
                row.getLong("accounts"), row.getLong("voided"), first, last,
                java.time.Duration.between(first, last).toSeconds(), userIds);
    }

    /**
     * @param kind        {@code ip}, {@code subnet}, {@code new_accounts} or {@code unverified_accounts}
     * @param key         the start of the address or subnet hash (null for the account kinds)
     * @param spanSeconds from the first vote to the last
     */
    record Cluster(String kind, String key, long votes, long accounts, long voided, Instant firstVoteAt,
                   Instant lastVoteAt, long spanSeconds, List<UUID> userIds) {
    }
}
