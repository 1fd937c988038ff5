package co.anb.showcase.web;

import java.util.List;
import java.util.stream.Stream;

/**
 * What an attacker types into every field and parameter of a voting site: bytes databases and terminals choke on,
 * values past every limit, numbers out of range, text that looks like SQL, HTML or a path, and Unicode that
 * displays as something it is not. Each value says whether no text field may accept it.
 */
final class HostileValues {

    /** How a value fares as one-line text. */
    enum Kind {
        /** Odd but legitimate text: a free-text field may store it, a filter may match nothing. */
        PLAIN,
        /** Never acceptable text: control characters, direction overrides, beyond every field's limit. */
        BREAKS_TEXT,
        /** Not text at all, but only where it survives the trip: UTF-8 in a URL or a form turns it into "?". */
        BREAKS_TEXT_IN_JSON,
        /** Empty or spaces: a missing required field; an optional parameter's default. */
        BLANK
    }

    record Hostile(String name, String value, Kind kind) {

        boolean breaksText(boolean sentAsJson) {
            return kind == Kind.BREAKS_TEXT || (sentAsJson && kind == Kind.BREAKS_TEXT_IN_JSON);
        }

        boolean isBlank() {
            return kind == Kind.BLANK;
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /** Text that attacks text fields: what every JSON field receives (each accepted one costs a BCrypt hash). */
    static final List<Hostile> TEXT = List.of(
            new Hostile("NUL inside", "ana\u0000bel", Kind.BREAKS_TEXT),
            new Hostile("only NUL", "\u0000", Kind.BREAKS_TEXT),
            new Hostile("bell and ANSI escape", "a\u0007\u001B[31mrojo", Kind.BREAKS_TEXT),
            new Hostile("CRLF header injection", "x\r\nSet-Cookie: a=b", Kind.BREAKS_TEXT),
            new Hostile("DEL", "a\u007Fb", Kind.BREAKS_TEXT),
            new Hostile("C1 control NEL", "a\u0085b", Kind.BREAKS_TEXT),
            new Hostile("right-to-left override", "\u202Egnp.exe", Kind.BREAKS_TEXT),
            new Hostile("bidi isolate", "Cali\u2066\u2069", Kind.BREAKS_TEXT),
            new Hostile("overlong 10 000", "a".repeat(10_000), Kind.BREAKS_TEXT),
            new Hostile("overlong 300 ñ", "ñ".repeat(300), Kind.BREAKS_TEXT),
            new Hostile("lone high surrogate", "a\uD800b", Kind.BREAKS_TEXT_IN_JSON),
            new Hostile("lone low surrogate", "\uDC00", Kind.BREAKS_TEXT_IN_JSON),
            new Hostile("empty", "", Kind.BLANK),
            new Hostile("spaces", "   ", Kind.BLANK),
            new Hostile("SQL injection", "' OR '1'='1'; DROP TABLE users; --", Kind.PLAIN),
            new Hostile("SQL wildcards", "%_%", Kind.PLAIN),
            new Hostile("script tag", "<script>alert(1)</script>", Kind.PLAIN),
            new Hostile("JSON breakout", "\",\"admin\":true,\"x\":\"", Kind.PLAIN),
            new Hostile("path traversal", "../../../etc/passwd", Kind.PLAIN),
            new Hostile("encoded traversal", "..%2F..%2Fetc%2Fpasswd", Kind.PLAIN),
            new Hostile("JNDI lookup", "${jndi:ldap://127.0.0.1/a}", Kind.PLAIN),
            new Hostile("emoji", "🏀🔥👩‍👩‍👧", Kind.PLAIN),
            new Hostile("zero-width space", "Ca\u200Bli", Kind.PLAIN),
            new Hostile("fullwidth letters", "ＣＡＬＩ", Kind.PLAIN),
            new Hostile("combining marks", "Z\u0351\u0352\u0353\u0354\u0355a\u0356\u0357", Kind.PLAIN),
            new Hostile("dotted capital I", "İSTANBUL", Kind.PLAIN),
            new Hostile("noncharacter", "\uFFFE\uFFFF", Kind.PLAIN),
            new Hostile("format string", "%s%s%n%x", Kind.PLAIN));

    /** Numbers out of every range, and ids that name nothing: for the paging parameters and the video ids. */
    static final List<Hostile> NUMBERS = List.of(
            new Hostile("huge number", "99999999999999999999999999", Kind.PLAIN),
            new Hostile("negative", "-1", Kind.PLAIN),
            new Hostile("zero", "0", Kind.PLAIN),
            new Hostile("max int", "2147483647", Kind.PLAIN),
            new Hostile("float exponent", "1.5e3", Kind.PLAIN),
            new Hostile("hexadecimal", "0x10", Kind.PLAIN),
            new Hostile("nil UUID", "00000000-0000-0000-0000-000000000000", Kind.PLAIN));

    /** What every path and query parameter receives. */
    static final List<Hostile> ALL = Stream.concat(TEXT.stream(), NUMBERS.stream()).toList();

    /** JSON that is not a string where the contract expects one (the raw JSON text of each). */
    static final List<String> WRONG_JSON_TYPES = List.of(
            "123", "-1", "1e400", "99999999999999999999999999", "true", "null", "[]", "[\"a\"]", "{}",
            "{\"$gt\":\"\"}");

    private HostileValues() {
    }
}
