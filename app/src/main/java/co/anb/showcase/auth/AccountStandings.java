package co.anb.showcase.auth;

import co.anb.showcase.nodecache.NodeCache;
import co.anb.showcase.nodecache.NodeCaches;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What decides whether an account's tokens still stand: that the account exists, and when its password last
 * changed. Read on every authenticated request, so each api node keeps a copy per account, dropped on every node
 * when the password changes or the account goes ({@link NodeCaches}).
 */
@Component
class AccountStandings {

    /** Accounts whose copies one node keeps; an entry is a few dozen bytes. */
    static final int MAX_ACCOUNTS = 100_000;
    static final Duration TIME_TO_LIVE = Duration.ofSeconds(30);

    private final JdbcClient jdbc;
    private final NodeCache<UUID, Standing> standings;

    AccountStandings(JdbcClient jdbc, NodeCaches caches) {
        this.jdbc = jdbc;
        this.standings = caches.create("account-standing", UUID::fromString, MAX_ACCOUNTS, TIME_TO_LIVE);
    }

    /** Whether a token of this account issued at {@code issuedAt} (milliseconds, or whole seconds) still stands. */
    boolean acceptsTokenIssuedAt(UUID id, Instant issuedAt) {
        Standing standing = standings.get(id, this::read);
        return standing != null && standing.accepts(issuedAt);
    }

    /** Call in the transaction that changes the account's password or deletes it, after the change. */
    void changed(UUID id) {
        standings.evictEverywhere(id);
    }

    /** The change time in milliseconds, as precise as the token's issue time ({@link JwtConfig}). */
    private Standing read(UUID id) {
        return jdbc.sql("SELECT date_trunc('milliseconds', password_changed_at) FROM users WHERE id = :id")
                .param("id", id)
                .query((row, n) -> new Standing(Optional.ofNullable(row.getObject(1, OffsetDateTime.class))
                        .map(OffsetDateTime::toInstant).orElse(null)))
                .optional()
                .orElse(null);
    }

    /** @param passwordChangedAt when the password last changed, null if never */
    record Standing(Instant passwordChangedAt) {

        boolean accepts(Instant issuedAt) {
            return passwordChangedAt == null || !passwordChangedAt.isAfter(issuedAt);
        }
    }
}
