package co.anb.showcase.auth;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Password reset tokens: 256 random bits sent once in a mail link, valid one hour; only their SHA-256 is stored. A
 * token is spent by one conditional update, so two submissions of one link at once reset the password once.
 */
@Repository
class PasswordResetTokens {

    static final Duration TOKEN_LIFETIME = Duration.ofHours(1);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;

    PasswordResetTokens(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A new token for this account; returns the raw token (never stored). */
    String issue(UUID userId) {
        byte[] raw = new byte[32];
        RANDOM.nextBytes(raw);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        jdbc.sql("""
                        INSERT INTO password_reset_tokens (token_hash, user_id, expires_at)
                        VALUES (:hash, :userId, now() + make_interval(secs => :lifetime))""")
                .param("hash", EmailVerification.sha256(token))
                .param("userId", userId)
                .param("lifetime", TOKEN_LIFETIME.toSeconds())
                .update();
        return token;
    }

    /**
     * Spends the token and every other open token of its account (an older mail's link must not work after a reset).
     *
     * @return the account, or empty when the token is unknown, used or expired
     */
    Optional<UUID> spend(String token) {
        Optional<UUID> user = jdbc.sql("""
                        UPDATE password_reset_tokens SET used_at = now()
                        WHERE token_hash = :hash AND used_at IS NULL AND expires_at > now()
                        RETURNING user_id""")
                .param("hash", EmailVerification.sha256(token))
                .query(UUID.class)
                .optional();
        user.ifPresent(id -> jdbc.sql(
                        "UPDATE password_reset_tokens SET used_at = now() WHERE user_id = :id AND used_at IS NULL")
                .param("id", id)
                .update());
        return user;
    }
}
