package co.anb.showcase.auth;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Throttles password guessing: after too many failed logins for one account within the window, further attempts
 * for that account are refused until the window passes. Successful logins are never throttled, and neither is
 * traffic from one address (a NAT, the load balancer or a load test log in many users from one IP).
 * The count is per process: with N api instances a guesser gets at most N times the budget, still far too few.
 */
@Component
class LoginAttempts {

    private final AuthProperties properties;
    private final Clock clock;
    private final Cache<String, Failures> failures;

    LoginAttempts(AuthProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
        this.failures = Caffeine.newBuilder()
                .expireAfterWrite(properties.failedLoginWindow())
                .maximumSize(100_000)
                .build();
    }

    /** How long the caller must wait before trying this account again, if it is locked. */
    Optional<Duration> lockedFor(String email) {
        Failures current = failures.getIfPresent(key(email));
        if (current == null || current.count() < properties.maxFailedLogins()) {
            return Optional.empty();
        }
        Duration left = Duration.between(clock.instant(), current.since().plus(properties.failedLoginWindow()));
        return left.isNegative() || left.isZero() ? Optional.empty() : Optional.of(left);
    }

    void recordFailure(String email) {
        Instant now = clock.instant();
        failures.asMap().compute(key(email), (key, previous) ->
                previous == null || previous.since().plus(properties.failedLoginWindow()).isBefore(now)
                        ? new Failures(1, now)
                        : new Failures(previous.count() + 1, previous.since()));
    }

    void recordSuccess(String email) {
        failures.invalidate(key(email));
    }

    private static String key(String email) {
        return email.trim().toLowerCase(Locale.ROOT);
    }

    private record Failures(int count, Instant since) {
    }
}
