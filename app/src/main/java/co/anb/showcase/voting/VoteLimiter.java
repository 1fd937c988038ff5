package co.anb.showcase.voting;

import co.anb.showcase.shared.TooManyRequestsException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Burst limits on votes, shared by every node through PostgreSQL: per client address, per account and per
 * (address, video), each in a one-minute window that starts with the key's first vote. One statement counts the
 * attempt under all three keys at once (row locks serialize concurrent attempts on a key, so a limit holds exactly).
 * It runs before, and outside, the vote's transaction: refused and failed attempts count too, as a script's would.
 */
@Component
class VoteLimiter {

    static final Duration WINDOW = Duration.ofMinutes(1);
    static final String TOO_MANY_VOTES = "Demasiados votos en poco tiempo. Intenta de nuevo en %d segundos.";

    private final JdbcClient jdbc;
    private final VotingProperties properties;

    VoteLimiter(JdbcClient jdbc, VotingProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    /** @throws TooManyRequestsException when this attempt goes over any of the limits */
    void admit(UUID userId, UUID videoId, ClientFingerprint.Fingerprint client) {
        String ipKey = "i:" + client.ipKey();
        List<Window> windows = jdbc.sql("""
                        INSERT INTO vote_rate_windows AS w (key, window_start, hits)
                        VALUES (:ipKey, now(), 1), (:accountKey, now(), 1), (:ipVideoKey, now(), 1)
                        ON CONFLICT (key) DO UPDATE SET
                            hits = CASE WHEN w.window_start > now() - make_interval(secs => :window)
                                        THEN w.hits + 1 ELSE 1 END,
                            window_start = CASE WHEN w.window_start > now() - make_interval(secs => :window)
                                                THEN w.window_start ELSE now() END
                        RETURNING key, hits, extract(epoch FROM
                            w.window_start + make_interval(secs => :window) - now()) AS seconds_left""")
                .param("ipKey", ipKey)
                .param("accountKey", "a:" + userId)
                .param("ipVideoKey", "v:" + client.ipKey() + ":" + videoId)
                .param("window", WINDOW.toSeconds())
                .query(Window.class)
                .list();
        windows.stream()
                .filter(window -> window.hits() > limitOf(window.key()))
                .mapToDouble(Window::secondsLeft)
                .max()
                .ifPresent(seconds -> {
                    long wait = Math.max(1, (long) Math.ceil(seconds));
                    throw new TooManyRequestsException(TOO_MANY_VOTES.formatted(wait), Duration.ofSeconds(wait));
                });
    }

    private int limitOf(String key) {
        return switch (key.charAt(0)) {
            case 'i' -> properties.ipVotesPerMinute();
            case 'a' -> properties.accountVotesPerMinute();
            default -> properties.ipVideoVotesPerMinute();
        };
    }

    /** Windows long over are of no use: drop them so the table holds only the last minutes' keys. */
    @Scheduled(fixedDelayString = "PT10M", initialDelayString = "PT1M")
    void forgetOldWindows() {
        jdbc.sql("DELETE FROM vote_rate_windows WHERE window_start < now() - interval '10 minutes'").update();
    }

    record Window(String key, int hits, double secondsLeft) {
    }
}
