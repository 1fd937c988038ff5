package co.anb.showcase.shared;

/**
 * The {@code code} property every problem body carries: stable snake_case names clients may branch on, unlike the
 * Spanish {@code detail}, which may be reworded. The full list, with where each is raised, is in docs/security.md.
 * Codes that belong to one rule are named at the rule; these are the ones several modules share.
 */
public final class ProblemCodes {

    /** A field of a JSON body broke its rule; {@code errors[]} names each field. */
    public static final String VALIDATION_FAILED = "validation_failed";
    /** A query or path parameter has a value the endpoint does not accept. */
    public static final String INVALID_PARAMETER = "invalid_parameter";
    /** The request cannot be parsed: bad JSON, bad encoding, broken multipart, a URL the server refuses. */
    public static final String MALFORMED_REQUEST = "malformed_request";
    public static final String PAYLOAD_TOO_LARGE = "payload_too_large";
    public static final String NOT_FOUND = "not_found";
    public static final String FORBIDDEN = "forbidden";
    public static final String RATE_LIMITED = "rate_limited";
    public static final String INTERNAL_ERROR = "internal_error";

    private ProblemCodes() {
    }

    /** The generic code of a status, for problems raised without a more specific one. */
    public static String forStatus(int status) {
        return switch (status) {
            case 400 -> "bad_request";
            case 401 -> "authentication_required";
            case 403 -> FORBIDDEN;
            case 404 -> NOT_FOUND;
            case 405 -> "method_not_allowed";
            case 406 -> "not_acceptable";
            case 409 -> "conflict";
            case 413 -> PAYLOAD_TOO_LARGE;
            case 414 -> "uri_too_long";
            case 415 -> "unsupported_media_type";
            case 429 -> RATE_LIMITED;
            case 431 -> "request_header_too_large";
            case 503 -> "service_unavailable";
            default -> status >= 500 ? INTERNAL_ERROR : "client_error";
        };
    }
}
