package co.anb.showcase.shared;

/**
 * Validated {@code page}/{@code limit} query values shared by the public listings. Raw strings are parsed here, not by
 * Spring's binder, so that {@code abc}, {@code 0} or {@code 1000} all get the same clear 400 message.
 */
public record PageRequest(int page, int limit) {

    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 100;

    public static PageRequest of(String page, String limit) {
        return new PageRequest(
                parse("page", page, 1, 1, Integer.MAX_VALUE,
                        "El parámetro 'page' debe ser un número entero mayor o igual a 1."),
                parse("limit", limit, DEFAULT_LIMIT, 1, MAX_LIMIT,
                        "El parámetro 'limit' debe ser un número entero entre 1 y " + MAX_LIMIT + "."));
    }

    public int offset() {
        return (int) Math.min(Integer.MAX_VALUE, (long) (page - 1) * limit);
    }

    private static int parse(String name, String raw, int fallback, int min, int max, String message) {
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(raw.trim());
            if (value < min || value > max) {
                throw ApiException.badRequest(ProblemCodes.INVALID_PARAMETER, message);
            }
            return value;
        } catch (NumberFormatException e) {
            throw ApiException.badRequest(ProblemCodes.INVALID_PARAMETER, message);
        }
    }
}
