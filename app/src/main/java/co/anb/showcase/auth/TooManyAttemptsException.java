package co.anb.showcase.auth;

import co.anb.showcase.shared.ApiException;
import java.time.Duration;
import org.springframework.http.HttpStatus;

/** 429 with the time to wait, which the controller turns into {@code Retry-After}. */
class TooManyAttemptsException extends ApiException {

    static final String FAILED_LOGINS = "Demasiados intentos fallidos. Intenta de nuevo en %d minutos.";
    static final String LOGINS_FROM_ADDRESS =
            "Demasiados intentos de inicio de sesión desde tu conexión. Intenta de nuevo en %d minutos.";
    static final String SIGNUPS_FROM_ADDRESS =
            "Demasiados registros desde tu conexión. Intenta de nuevo en %d minutos.";
    static final String RESETS_FOR_EMAIL =
            "Ya pediste varios correos para restablecer la contraseña. Intenta de nuevo en %d minutos.";
    static final String RESETS_FROM_ADDRESS =
            "Demasiadas solicitudes de restablecimiento desde tu conexión. Intenta de nuevo en %d minutos.";

    private final Duration retryAfter;

    TooManyAttemptsException(String message, Duration retryAfter) {
        super(HttpStatus.TOO_MANY_REQUESTS, co.anb.showcase.shared.ProblemCodes.RATE_LIMITED, message.formatted(Math.max(1, (retryAfter.toSeconds() + 59) / 60)));
        this.retryAfter = retryAfter;
    }

    /** Whole seconds, at least one, as {@code Retry-After} wants them. */
    long retryAfterSeconds() {
        return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }
}
