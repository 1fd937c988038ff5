package co.anb.showcase.videos;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The open direct uploads, in PostgreSQL so that every node sees them and their count per account. Openings of
 * one account are serialised by a transaction-scoped advisory lock, so two nodes cannot both see room for one more.
 */
@Repository
class DirectUploads {

    private static final String COLUMNS =
            "id, owner_id, video_id, title, object_key, store_upload_id, size, part_size, expires_at";

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;

    DirectUploads(JdbcClient jdbc, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    /** Uploads of the account that have not lapsed. */
    int openCount(UUID ownerId) {
        return jdbc.sql("SELECT count(*) FROM direct_uploads WHERE owner_id = :owner AND expires_at > now()")
                .param("owner", ownerId).query(Integer.class).single();
    }

    /**
     * Records the upload, open for {@code ttl}, if the account has fewer than {@code limit} open.
     *
     * @return the upload as stored, or empty when the account has no room
     */
    Optional<DirectUpload> open(DirectUpload upload, Duration ttl, int limit) {
        return transactions.execute(status -> {
            jdbc.sql("SELECT 1 FROM pg_advisory_xact_lock(hashtextextended(:key, 0))")
                    .param("key", "direct-upload:" + upload.ownerId()).query(Integer.class).single();
            return jdbc.sql("""
                            INSERT INTO direct_uploads (id, owner_id, video_id, title, object_key, store_upload_id,
                                                        size, part_size, expires_at)
                            SELECT :id, :owner, :video, :title, :key, :storeId, :size, :partSize,
                                   now() + make_interval(secs => :ttl)
                            WHERE (SELECT count(*) FROM direct_uploads
                                   WHERE owner_id = :owner AND expires_at > now()) < :limit
                            RETURNING\s""" + COLUMNS)
                    .param("id", upload.id()).param("owner", upload.ownerId()).param("video", upload.videoId())
                    .param("title", upload.title()).param("key", upload.objectKey())
                    .param("storeId", upload.storeUploadId()).param("size", upload.size())
                    .param("partSize", upload.partSize()).param("ttl", ttl.toMillis() / 1000.0)
                    .param("limit", limit)
                    .query(DirectUploads::map).optional();
        });
    }

    Optional<DirectUpload> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM direct_uploads WHERE id = :id AND expires_at > now()")
                .param("id", id).query(DirectUploads::map).optional();
    }

    /** @return whether this call removed it (false: another request completed or aborted it first) */
    boolean delete(UUID id) {
        return jdbc.sql("DELETE FROM direct_uploads WHERE id = :id").param("id", id).update() == 1;
    }

    /** Removes up to {@code limit} lapsed uploads and returns them; rows another node is taking are skipped. */
    List<DirectUpload> takeLapsed(int limit) {
        return jdbc.sql("""
                        DELETE FROM direct_uploads WHERE id IN (
                            SELECT id FROM direct_uploads WHERE expires_at <= now()
                            ORDER BY expires_at LIMIT :limit FOR UPDATE SKIP LOCKED)
                        RETURNING\s""" + COLUMNS)
                .param("limit", limit).query(DirectUploads::map).list();
    }

    private static DirectUpload map(ResultSet row, int rowNumber) throws SQLException {
        return new DirectUpload(
                row.getObject("id", UUID.class),
                row.getObject("owner_id", UUID.class),
                row.getObject("video_id", UUID.class),
                row.getString("title"),
                row.getString("object_key"),
                row.getString("store_upload_id"),
                row.getLong("size"),
                row.getInt("part_size"),
                row.getObject("expires_at", OffsetDateTime.class).toInstant());
    }
}
