package co.anb.showcase.moderation;

import co.anb.showcase.shared.ApiException;
import java.util.UUID;

/** The body of a hide or suspend: why, as the staff member writes it (the owner or player reads it). */
record ModerationRequest(String reason) {

    static final int MAX_REASON = 500;
    static final String REASON_REQUIRED = "Indica el motivo (reason, de 1 a 500 caracteres).";

    /** The reason trimmed; 400 {@code reason_required} when missing, blank or longer than 500 characters. */
    static String reasonOf(ModerationRequest body) {
        String reason = body == null || body.reason() == null ? "" : body.reason().trim();
        if (reason.isEmpty() || reason.codePointCount(0, reason.length()) > MAX_REASON) {
            throw ApiException.badRequest("reason_required", REASON_REQUIRED);
        }
        return reason;
    }

    /** A path id that is not a UUID names nothing: 404 like an unknown id. */
    static UUID id(String raw, ApiException notFound) {
        try {
            return UUID.fromString(raw);
        } catch (IllegalArgumentException e) {
            throw notFound;
        }
    }
}
