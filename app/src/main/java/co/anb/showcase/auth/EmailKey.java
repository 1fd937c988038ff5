package co.anb.showcase.auth;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The one rule by which e-mails are compared and counted: signup stores it ({@code users.email_key}, unique), login
 * looks accounts up by it and the login throttle counts by it. Before it, the throttle lower-cased in Java and the
 * lookup in PostgreSQL, and the two disagree on "İ" (U+0130), which walked around the lock.
 * <p>
 * NFKC first (full-width letters, ligatures and non-breaking spaces become their plain forms), then trim, then
 * case-fold without a locale (upper then lower, so "ß" and "SS" meet), then NFKC again because case mapping can
 * leave a decomposed sequence. The result is stable: applying the rule to a key gives the same key.
 */
final class EmailKey {

    /** Longest key an account may have: the column's width, the same as a raw e-mail's limit. */
    static final int MAX_LENGTH = 254;

    private EmailKey() {
    }

    static String of(String email) {
        String compatible = Normalizer.normalize(email, Normalizer.Form.NFKC).strip();
        String folded = compatible.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
        return Normalizer.normalize(folded, Normalizer.Form.NFKC);
    }
}
