package co.anb.showcase.shared;

import java.time.Duration;
import org.springframework.http.HttpStatus;

/**
 * 429 {@code rate_limited}: a limit shared by all nodes was reached. The web module's exception handler answers it
 * with {@code Retry-After} (whole seconds, at least 1).
 */
public class TooManyRequestsException extends ApiException {

    public static final String CODE = "rate_limited";

    private final Duration retryAfter;

    public TooManyRequestsException(String message, Duration retryAfter) {
        super(HttpStatus.TOO_MANY_REQUESTS, CODE, message);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }

    /** Seconds to wait, rounded up, at least 1. */
    public long retryAfterSeconds() {
        return Math.max(1, retryAfter.toSeconds() + (retryAfter.toNanosPart() > 0 ? 1 : 0));
    }

    /** Whole minutes to wait, rounded up, at least 1: for the Spanish message. */
    public static long minutes(Duration wait) {
        return Math.max(1, (wait.toSeconds() + 59) / 60);
    }
}
