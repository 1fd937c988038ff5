package co.anb.showcase.voting;

import co.anb.showcase.shared.ApiException;
import co.anb.showcase.shared.ProblemCodes;
import java.util.Locale;

/** The {@code sort} values of the public listing; the ORDER BY clauses are fixed here, never built from input. */
enum PublicVideoSort {

    /** Most voted first; ties by most recently published, then id, so pages never overlap. */
    VOTES("v.votes DESC, v.processed_at DESC, v.id"),
    /** Most recently published first. */
    RECENT("v.processed_at DESC, v.id");

    static final String INVALID = "El parámetro 'sort' debe ser 'votes' o 'recent'.";

    private final String orderBy;

    PublicVideoSort(String orderBy) {
        this.orderBy = orderBy;
    }

    String orderBy() {
        return orderBy;
    }

    static PublicVideoSort of(String raw) {
        if (raw == null || raw.isBlank()) {
            return VOTES;
        }
        return switch (raw.strip().toLowerCase(Locale.ROOT)) {
            case "votes" -> VOTES;
            case "recent" -> RECENT;
            default -> throw ApiException.badRequest(ProblemCodes.INVALID_PARAMETER, INVALID);
        };
    }
}
