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

/**
 * Single-use tokens sent in a mail link (e-mail verification, password reset): 256 random bits handed out once, of
 * which only the SHA-256 is stored, each in its own table of auth's ({@code token_hash, user_id, expires_at,
 * used_at}). A token is spent by one conditional update, so two clicks at once spend it once.
 */
final class MailedTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final String table;
    private final Duration lifetime;

    /** @param table one of auth's token tables, a constant (never input) */
    MailedTokens(JdbcClient jdbc, String table, Duration lifetime) {
        this.jdbc = jdbc;
        this.table = table;
        this.lifetime = lifetime;
    }

    /** A new token for this account; returns the raw token (never stored). */
    String issue(UUID userId) {
        byte[] raw = new byte[32];
        RANDOM.nextBytes(raw);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        jdbc.sql("INSERT INTO " + table + " (token_hash, user_id, expires_at) "
                        + "VALUES (:hash, :userId, now() + make_interval(secs => :lifetime))")
                .param("hash", sha256(token))
                .param("userId", userId)
                .param("lifetime", lifetime.toSeconds())
                .update();
        return token;
    }

    /** Spends the token; returns its account, or empty when it is unknown, used or expired. */
    Optional<UUID> spend(String token) {
        return jdbc.sql("UPDATE " + table + " SET used_at = now() "
                        + "WHERE token_hash = :hash AND used_at IS NULL AND expires_at > now() RETURNING user_id")
                .param("hash", sha256(token))
                .query(UUID.class)
                .optional();
    }

    /** Spends every open token of the account. */
    void spendAll(UUID userId) {
        jdbc.sql("UPDATE " + table + " SET used_at = now() WHERE user_id = :id AND used_at IS NULL")
                .param("id", userId)
                .update();
    }

    private static byte[] sha256(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
