package co.anb.showcase.shared;

import org.springframework.http.HttpStatus;

/**
 * A request that cannot be served, with the status, the stable machine-readable {@code code} a client may branch on
 * (snake_case, listed in docs/security.md) and the Spanish message the client shows as the problem's {@code detail}.
 * Modules raise it through named factories so the messages live next to the rules they explain.
 */
public class ApiException extends RuntimeException {

    private final HttpStatus status;
    private final String code;

    /** With the generic code of the status ({@link ProblemCodes#forStatus}); prefer naming a specific code. */
    public ApiException(HttpStatus status, String message) {
        this(status, ProblemCodes.forStatus(status.value()), message);
    }

    public ApiException(HttpStatus status, String code, String message) {
        this(status, code, message, null);
    }

    public ApiException(HttpStatus status, String code, String message, Throwable cause) {
        super(message, cause);
        this.status = status;
        this.code = code;
    }

    public static ApiException badRequest(String message) {
        return new ApiException(HttpStatus.BAD_REQUEST, message);
    }

    public static ApiException badRequest(String code, String message) {
        return new ApiException(HttpStatus.BAD_REQUEST, code, message);
    }

    public static ApiException notFound(String message) {
        return new ApiException(HttpStatus.NOT_FOUND, message);
    }

    public static ApiException forbidden(String message) {
        return new ApiException(HttpStatus.FORBIDDEN, message);
    }

    public HttpStatus status() {
        return status;
    }

    public String code() {
        return code;
    }
}
