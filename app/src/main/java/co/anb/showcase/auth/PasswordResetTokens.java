package co.anb.showcase.auth;

import java.time.Duration;
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

    private final MailedTokens tokens;

    PasswordResetTokens(JdbcClient jdbc) {
        this.tokens = new MailedTokens(jdbc, "password_reset_tokens", TOKEN_LIFETIME);
    }

    /** A new token for this account; returns the raw token (never stored). */
    String issue(UUID userId) {
        return tokens.issue(userId);
    }

    /**
     * Spends the token and every other open token of its account (an older mail's link must not work after a reset).
     *
     * @return the account, or empty when the token is unknown, used or expired
     */
    Optional<UUID> spend(String token) {
        Optional<UUID> user = tokens.spend(token);
        user.ifPresent(tokens::spendAll);
        return user;
    }
}
