package co.anb.showcase.shared;

import java.util.Locale;

/**
 * The optional {@code city} query value of the public listings: surrounding spaces ignored, compared
 * case-insensitively, blank meaning "every city". {@code normalized} is trimmed and lower-cased (or {@code null} for
 * no filter), ready to compare with {@code lower(users.city)} and to use as a cache key.
 */
public record CityFilter(String normalized) {

    /** Same limit as the {@code users.city} column: a longer value cannot match anything. */
    public static final int MAX_LENGTH = 100;

    private static final CityFilter ANY = new CityFilter(null);

    public static CityFilter of(String raw) {
        if (raw == null || raw.isBlank()) {
            return ANY;
        }
        String trimmed = raw.strip();
        if (trimmed.length() > MAX_LENGTH) {
            throw ApiException.badRequest(ProblemCodes.INVALID_PARAMETER,
                    "El parámetro 'city' admite máximo " + MAX_LENGTH + " caracteres.");
        }
        if (!PlainText.isPlain(trimmed)) {
            throw ApiException.badRequest(ProblemCodes.INVALID_PARAMETER,
                    "El parámetro 'city' contiene caracteres no permitidos.");
        }
        return new CityFilter(trimmed.toLowerCase(Locale.ROOT));
    }

    public boolean isPresent() {
        return normalized != null;
    }
}
