package co.anb.showcase.voting;

import co.anb.showcase.storage.MediaUrls;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Published videos for the pages a link preview reads (the share pages): one video, or one player's. Only what the
 * public listing already shows, read from the same exported views, so a video that leaves {@code published_videos}
 * (not processed, hidden, deleted) is gone from these pages too. Media URLs are the stable public ones.
 */
@Service
public class ShareableVideos {

    private static final String SELECT_PUBLIC = """
            SELECT v.id, v.owner_id, v.title, u.display_name, u.city, v.votes, v.processed_key, v.thumbnail_key,
                   v.processed_at
            FROM published_videos v
            JOIN player_profiles u ON u.id = v.owner_id
            """;

    private final JdbcClient jdbc;
    private final MediaUrls urls;

    ShareableVideos(JdbcClient jdbc, MediaUrls urls) {
        this.jdbc = jdbc;
        this.urls = urls;
    }

    /** The published video with this id; empty when it is unknown or not public. Call while serving a request. */
    public Optional<SharedVideo> video(UUID videoId) {
        return jdbc.sql(SELECT_PUBLIC + "WHERE v.id = :id").param("id", videoId).query(this::row).optional();
    }

    /** The player's published videos, most voted first; empty when the player has none (or does not exist). */
    public Optional<SharedPlayer> player(UUID userId) {
        List<SharedVideo> videos = jdbc.sql(SELECT_PUBLIC + "WHERE v.owner_id = :owner "
                        + "ORDER BY v.votes DESC, v.processed_at DESC, v.id")
                .param("owner", userId)
                .query(this::row)
                .list();
        if (videos.isEmpty()) {
            return Optional.empty();
        }
        SharedVideo first = videos.get(0);
        long total = videos.stream().mapToLong(SharedVideo::votes).sum();
        return Optional.of(new SharedPlayer(userId, first.player(), first.city(), total, videos));
    }

    private SharedVideo row(ResultSet rs, int rowNum) throws SQLException {
        return new SharedVideo(
                rs.getObject("id", UUID.class),
                rs.getObject("owner_id", UUID.class),
                rs.getString("title"),
                rs.getString("display_name"),
                rs.getString("city"),
                rs.getInt("votes"),
                urls.published(rs.getString("processed_key")),
                urls.published(rs.getString("thumbnail_key")),
                rs.getObject("processed_at", OffsetDateTime.class).toInstant());
    }

    /** A published video with its player; the URLs are absolute and never expire. */
    public record SharedVideo(UUID videoId, UUID ownerId, String title, String player, String city, int votes,
                              String videoUrl, String thumbnailUrl, Instant publishedAt) {
    }

    /** A player with at least one published video; {@code totalVotes} is what the rankings count for them. */
    public record SharedPlayer(UUID userId, String player, String city, long totalVotes, List<SharedVideo> videos) {

        public SharedPlayer {
            videos = List.copyOf(videos);
        }
    }
}
