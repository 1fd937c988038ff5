package co.anb.showcase.rankings;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The roster as a spreadsheet opens it: RFC 4180 (commas, CRLF, quotes where needed), UTF-8 behind a byte-order mark
 * so Excel reads the accents, and no cell a spreadsheet would run as a formula (names and cities are typed by
 * players: "=HYPERLINK(…)" must stay text, so such a cell starts with an apostrophe, as OWASP advises).
 */
final class RosterCsv {

    static final String BYTE_ORDER_MARK = "\uFEFF";
    static final String[] HEADER = {"ciudad", "posicion", "jugador", "email", "votos", "video"};
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private RosterCsv() {
    }

    static String of(RosterReport report) {
        StringWriter out = new StringWriter().append(BYTE_ORDER_MARK);
        try (CSVPrinter csv = CSVFormat.RFC4180.builder().setHeader(HEADER).get().print(out)) {
            for (RosterReport.CityRoster city : report.cities()) {
                for (RosterReport.Entry player : city.players()) {
                    csv.printRecord(cell(city.city()), player.position(), cell(player.player()),
                            cell(player.email()), player.votes(), cell(player.videoUrl()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** Text as it is, unless a spreadsheet would take it for a formula. */
    static String cell(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        return FORMULA_STARTS.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
