package co.anb.showcase.staffaudit;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes staff actions to the audit log, in the caller's transaction: an action that rolls back leaves no entry,
 * and one that commits always has its entry.
 */
@Component
public class StaffAudit {

    private final JdbcClient jdbc;

    StaffAudit(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * @param staffId who acted
     * @param action  what, e.g. {@code void_votes}
     * @param target  to what, e.g. {@code user:<id>}
     * @param reason  why, as the staff member wrote it (may be null)
     * @param details what changed, in words or JSON (may be null)
     */
    public void record(UUID staffId, String action, String target, String reason, String details) {
        jdbc.sql("""
                        INSERT INTO staff_actions (staff_id, action, target, reason, details)
                        VALUES (:staffId, :action, :target, :reason, :details)""")
                .param("staffId", staffId)
                .param("action", action)
                .param("target", target)
                .param("reason", reason)
                .param("details", details)
                .update();
    }

    /** The newest entries first. */
    public List<Entry> latest(int limit) {
        return jdbc.sql("""
                        SELECT id, staff_id, action, target, reason, details, at FROM staff_actions
                        ORDER BY at DESC, id DESC LIMIT :limit""")
                .param("limit", limit)
                .query(Entry.class)
                .list();
    }

    public record Entry(long id, UUID staffId, String action, String target, String reason, String details,
                        Instant at) {
    }
}
