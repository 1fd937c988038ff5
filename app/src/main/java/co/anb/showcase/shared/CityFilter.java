package co.anb.showcase.shared;

import java.util.Locale;

/**
 * The optional {@code city} query value of the public listings: any spelling of a known municipality means its
 * canonical name (as signup stores it, see {@link CityCatalogue}); an unknown city is compared as typed, trimmed and
 * case-insensitively; blank means "every city". {@code normalized} is that name lower-cased (or {@code null} for no
 * filter), ready to compare with {@code lower(users.city)} and to use as a cache key.
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
        return new CityFilter(CityCatalogue.canonical(trimmed).toLowerCase(Locale.ROOT));
    }

    public boolean isPresent() {
        return normalized != null;
    }
}
