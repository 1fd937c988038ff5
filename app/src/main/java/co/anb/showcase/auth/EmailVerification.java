package co.anb.showcase.auth;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Verification tokens ({@link MailedTokens}, valid 48 h): two clicks at once verify once and the second is told the
 * link is used; and the count of verification mails per account and window.
 */
@Repository
class EmailVerification {

    static final Duration TOKEN_LIFETIME = Duration.ofHours(48);

    private final JdbcClient jdbc;
    private final MailedTokens tokens;

    EmailVerification(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.tokens = new MailedTokens(jdbc, "email_verification_tokens", TOKEN_LIFETIME);
    }

    /** A new token for this account, valid for 48 h; returns the raw token (never stored). */
    String issue(UUID userId) {
        return tokens.issue(userId);
    }

    /** Uses the token and marks its account verified; empty when it is unknown, used or expired. */
    Optional<UUID> use(String token) {
        Optional<UUID> user = tokens.spend(token);
        user.ifPresent(id -> jdbc.sql(
                        "UPDATE users SET email_verified_at = coalesce(email_verified_at, now()) WHERE id = :id")
                .param("id", id)
                .update());
        return user;
    }

    /**
     * Counts one more verification mail for this account, unless {@code max} were already sent in the current
     * window: one upsert, so concurrent requests on any node cannot exceed the limit.
     *
     * @return whether the mail may be sent
     */
    boolean countSend(UUID userId, int max, Duration window) {
        return jdbc.sql("""
                        INSERT INTO verification_mail_sends AS s (user_id, window_start, sends)
                        VALUES (:userId, now(), 1)
                        ON CONFLICT (user_id) DO UPDATE SET
                            sends = CASE WHEN s.window_start > now() - make_interval(secs => :window)
                                         THEN s.sends + 1 ELSE 1 END,
                            window_start = CASE WHEN s.window_start > now() - make_interval(secs => :window)
                                                THEN s.window_start ELSE now() END
                        WHERE s.window_start <= now() - make_interval(secs => :window) OR s.sends < :max
                        RETURNING sends""")
                .param("userId", userId)
                .param("window", window.toSeconds())
                .param("max", max)
                .query(Integer.class)
                .optional()
                .isPresent();
    }

    /** How long until the account's send window ends (for {@code Retry-After}). */
    Duration sendWindowLeft(UUID userId, Duration window) {
        return jdbc.sql("""
                        SELECT greatest(1, ceil(extract(epoch FROM
                            window_start + make_interval(secs => :window) - now())))::bigint
                        FROM verification_mail_sends WHERE user_id = :userId""")
                .param("userId", userId)
                .param("window", window.toSeconds())
                .query(Long.class)
                .optional()
                .map(Duration::ofSeconds)
                .orElse(Duration.ofSeconds(1));
    }
}
