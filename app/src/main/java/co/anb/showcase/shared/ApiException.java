package co.anb.showcase.shared;

import org.springframework.http.HttpStatus;

/**
 * A request that cannot be served, with the status and the Spanish message the client sees as the problem's
 * {@code detail}. Modules raise it through named factories so the messages live next to the rules they explain.
 */
public class ApiException extends RuntimeException {

    private final HttpStatus status;
    private final String code;

    public ApiException(HttpStatus status, String message) {
        this(status, null, message);
    }

    /** @param code a stable machine-readable name for the refusal, e.g. {@code voting_closed} */
    public ApiException(HttpStatus status, String code, String message) {
        super(message);
        this.status = status;
        this.code = code;
    }

    public static ApiException badRequest(String message) {
        return new ApiException(HttpStatus.BAD_REQUEST, message);
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

    /** The machine-readable code, or {@code null} when the raiser gave none. */
    public String code() {
        return code;
    }
}
