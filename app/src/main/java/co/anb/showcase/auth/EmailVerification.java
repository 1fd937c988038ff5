package co.anb.showcase.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Verification tokens: 256 random bits handed out once in a mail link; only their SHA-256 is stored. A token is
 * used by one atomic update, so two clicks at once verify once and the second is told the link is used.
 */
@Repository
class EmailVerification {

    static final Duration TOKEN_LIFETIME = Duration.ofHours(48);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;

    EmailVerification(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A new token for this account, valid for 48 h; returns the raw token (never stored). */
    String issue(UUID userId) {
        byte[] raw = new byte[32];
        RANDOM.nextBytes(raw);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        jdbc.sql("""
                        INSERT INTO email_verification_tokens (token_hash, user_id, expires_at)
                        VALUES (:hash, :userId, now() + make_interval(secs => :lifetime))""")
                .param("hash", sha256(token))
                .param("userId", userId)
                .param("lifetime", TOKEN_LIFETIME.toSeconds())
                .update();
        return token;
    }

    /** Uses the token and marks its account verified; empty when it is unknown, used or expired. */
    Optional<UUID> use(String token) {
        Optional<UUID> user = jdbc.sql("""
                        UPDATE email_verification_tokens SET used_at = now()
                        WHERE token_hash = :hash AND used_at IS NULL AND expires_at > now()
                        RETURNING user_id""")
                .param("hash", sha256(token))
                .query(UUID.class)
                .optional();
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

    static byte[] sha256(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
