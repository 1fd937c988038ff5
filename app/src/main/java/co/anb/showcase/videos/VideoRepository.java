package co.anb.showcase.videos;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class VideoRepository {

    private static final String COLUMNS = """
            id, owner_id, task_id, title, status, original_key, processed_key, thumbnail_key, failure_reason, votes,
            uploaded_at, processed_at, hidden_reason""";
    private static final RowMapper<Video> ROW = VideoRepository::map;

    private final JdbcClient jdbc;
    private final VideoCopies copies;

    VideoRepository(JdbcClient jdbc, VideoCopies copies) {
        this.jdbc = jdbc;
        this.copies = copies;
    }

    void insert(Video video) {
        jdbc.sql("""
                        INSERT INTO videos (id, owner_id, task_id, title, status, original_key, uploaded_at)
                        VALUES (:id, :ownerId, :taskId, :title, :status, :originalKey, :uploadedAt)""")
                .param("id", video.id())
                .param("ownerId", video.ownerId())
                .param("taskId", video.taskId())
                .param("title", video.title())
                .param("status", video.status().value())
                .param("originalKey", video.originalKey())
                .param("uploadedAt", timestamp(video.uploadedAt()))
                .update();
    }

    Optional<Video> findById(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM videos WHERE id = :id").param("id", id).query(ROW).optional();
    }

    /** The video as its owner reads it, possibly this node's copy ({@link VideoCopies}). */
    Optional<Video> findForOwner(UUID id) {
        return copies.find(id, this::findById);
    }

    /** Newest first; the id breaks ties so the order is stable. */
    List<Video> findByOwner(UUID ownerId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM videos WHERE owner_id = :ownerId"
                        + " ORDER BY uploaded_at DESC, id DESC")
                .param("ownerId", ownerId)
                .query(ROW)
                .list();
    }

    /**
     * Deletes the video unless it is published, in one statement: if a worker published it a moment ago, the row
     * stays. Votes go with it (ON DELETE CASCADE).
     *
     * @return the deleted video, or empty if there was no row to delete (gone, or published meanwhile)
     */
    Optional<Video> deleteUnlessPublished(UUID id) {
        Optional<Video> deleted = jdbc.sql("DELETE FROM videos WHERE id = :id AND status <> :published RETURNING "
                        + COLUMNS)
                .param("id", id)
                .param("published", VideoStatus.PROCESSED.value())
                .query(ROW)
                .optional();
        deleted.ifPresent(video -> copies.changed(video.id()));
        return deleted;
    }

    /** Every video of the owner, whatever its status (the account is being deleted); votes on them cascade. */
    List<Video> deleteAllOwnedBy(UUID ownerId) {
        List<Video> deleted = jdbc.sql("DELETE FROM videos WHERE owner_id = :ownerId RETURNING " + COLUMNS)
                .param("ownerId", ownerId)
                .query(ROW)
                .list();
        deleted.forEach(video -> copies.changed(video.id()));
        return deleted;
    }

    static OffsetDateTime timestamp(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    private static Video map(ResultSet row, int rowNumber) throws SQLException {
        return new Video(
                row.getObject("id", UUID.class),
                row.getObject("owner_id", UUID.class),
                row.getObject("task_id", UUID.class),
                row.getString("title"),
                VideoStatus.of(row.getString("status")),
                row.getString("original_key"),
                row.getString("processed_key"),
                row.getString("thumbnail_key"),
                row.getString("failure_reason"),
                row.getInt("votes"),
                instant(row, "uploaded_at"),
                instant(row, "processed_at"),
                row.getString("hidden_reason"));
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
