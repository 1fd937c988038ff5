package co.anb.showcase.shared;

import java.util.regex.Pattern;

/**
 * What a one-line text value (a name, a city, an e-mail, a title) may hold: anything but control characters (NUL,
 * which PostgreSQL refuses in text, and the rest), lone UTF-16 surrogates (not text at all; the JDBC driver cannot
 * encode them) and the bidirectional overrides and isolates that make a name display as something else.
 */
public final class PlainText {

    /** For {@code @Pattern} on request fields; {@link #isPlain} checks the same. */
    public static final String REGEX = "[^\\p{Cc}\\p{Cs}\\u202A-\\u202E\\u2066-\\u2069]*";

    private static final Pattern PLAIN = Pattern.compile(REGEX);

    private PlainText() {
    }

    public static boolean isPlain(String value) {
        return PLAIN.matcher(value).matches();
    }
}
