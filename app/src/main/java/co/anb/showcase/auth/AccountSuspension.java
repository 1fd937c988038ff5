package co.anb.showcase.auth;

import co.anb.showcase.shared.ApiException;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Suspends and reinstates player accounts, and refuses what a suspended account may no longer do. Runs in the
 * caller's transaction, so a suspension and what goes with it (votes voided, the audit entry) commit together.
 */
@Component
public class AccountSuspension {

    /** The problem code of everything a suspended account is refused: login, votes, uploads. */
    public static final String ACCOUNT_SUSPENDED = "account_suspended";
    static final String USER_NOT_FOUND = "Usuario no encontrado.";
    static final String STAFF_NOT_SUSPENDABLE = "Las cuentas del staff no se pueden suspender.";

    private final JdbcClient jdbc;

    AccountSuspension(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Suspending an already suspended account replaces the reason and keeps the original time.
     *
     * @throws ApiException 404 for an unknown account, 409 for a staff account
     */
    public Standing suspend(UUID userId, String reason) {
        return jdbc.sql("""
                        UPDATE users SET suspended_at = coalesce(suspended_at, now()), suspended_reason = :reason
                        WHERE id = :id AND role <> :staff
                        RETURNING id AS user_id, true AS suspended, suspended_reason""")
                .param("id", userId)
                .param("reason", reason)
                .param("staff", Role.STAFF.value())
                .query(Standing.class)
                .optional()
                .orElseThrow(() -> exists(userId)
                        ? new ApiException(HttpStatus.CONFLICT, "staff_not_suspendable", STAFF_NOT_SUSPENDABLE)
                        : notFound());
    }

    /** @throws ApiException 404 for an unknown account */
    public Standing reinstate(UUID userId) {
        return jdbc.sql("""
                        UPDATE users SET suspended_at = NULL, suspended_reason = NULL WHERE id = :id
                        RETURNING id AS user_id, false AS suspended, suspended_reason""")
                .param("id", userId)
                .query(Standing.class)
                .optional()
                .orElseThrow(AccountSuspension::notFound);
    }

    /**
     * A token outlives the suspension of its account: every vote and upload asks here first. In a transaction the
     * account's row stays share-locked until it ends, so a suspension waits for a vote being cast and then voids it
     * with the others, or the vote waits for the suspension and is refused: no vote slips past the count.
     */
    public void requireActive(UUID userId) {
        jdbc.sql("""
                        SELECT id AS user_id, suspended_at IS NOT NULL AS suspended, suspended_reason
                        FROM users WHERE id = :id FOR SHARE""")
                .param("id", userId)
                .query(Standing.class)
                .optional()
                .filter(Standing::suspended)
                .ifPresent(standing -> {
                    throw suspended(standing.suspendedReason());
                });
    }

    static ApiException suspended(String reason) {
        return new ApiException(HttpStatus.FORBIDDEN, ACCOUNT_SUSPENDED, "Tu cuenta está suspendida: " + reason);
    }

    static ApiException notFound() {
        return new ApiException(HttpStatus.NOT_FOUND, "user_not_found", USER_NOT_FOUND);
    }

    private boolean exists(UUID userId) {
        return jdbc.sql("SELECT count(*) FROM users WHERE id = :id").param("id", userId).query(Long.class)
                .single() > 0;
    }

    public record Standing(UUID userId, boolean suspended, String suspendedReason) {
    }
}
