package co.anb.showcase.videos;

import co.anb.showcase.shared.PageRequest;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The moderation queue: processed videos, hidden or not, newest first, whatever their owner's standing (staff see
 * what the public no longer does). The owners' names come from auth; this module knows only their ids.
 */
@Component
public class StaffVideoQueue {


    private final JdbcClient jdbc;

    StaffVideoQueue(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @param hidden only hidden videos, only visible ones, or both ({@code null}) */
    public Page page(Boolean hidden, PageRequest page) {
        String filter = "WHERE status = :processed" + (hidden == null ? ""
                : hidden ? " AND hidden_at IS NOT NULL" : " AND hidden_at IS NULL");
        List<Row> rows = jdbc.sql("""
                        SELECT id, title, owner_id, votes, hidden_reason, uploaded_at, processed_key, thumbnail_key
                        FROM videos %s
                        ORDER BY uploaded_at DESC, id DESC
                        LIMIT :limit OFFSET :offset""".formatted(filter))
                .param("processed", VideoStatus.PROCESSED.value())
                .param("limit", page.limit())
                .param("offset", page.offset())
                .query(StaffVideoQueue::row)
                .list();
        long total = jdbc.sql("SELECT count(*) FROM videos " + filter)
                .param("processed", VideoStatus.PROCESSED.value())
                .query(Long.class)
                .single();
        return new Page(rows, total);
    }

    /** How many videos (any status) each of these accounts has; accounts without videos are left out. */
    public Map<UUID, Long> countByOwners(Collection<UUID> ownerIds) {
        if (ownerIds.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("SELECT owner_id, count(*) AS videos FROM videos WHERE owner_id IN (:ids) GROUP BY owner_id")
                .param("ids", ownerIds)
                .query((rs, n) -> Map.entry(rs.getObject("owner_id", UUID.class), rs.getLong("videos")))
                .list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private static Row row(ResultSet rs, int rowNum) throws SQLException {
        return new Row(rs.getObject("id", UUID.class), rs.getString("title"), rs.getObject("owner_id", UUID.class),
                rs.getInt("votes"), rs.getString("hidden_reason") != null, rs.getString("hidden_reason"),
                rs.getObject("uploaded_at", OffsetDateTime.class).toInstant(), rs.getString("processed_key"),
                rs.getString("thumbnail_key"));
    }

    public record Row(UUID videoId, String title, UUID ownerId, int votes, boolean hidden, String hiddenReason,
                      Instant uploadedAt, String processedKey, String thumbnailKey) {
    }

    public record Page(List<Row> items, long total) {
    }
}
