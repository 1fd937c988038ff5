package co.anb.showcase.load.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The statistics table of a Gatling HTML report ({@code index.html}): Gatling 3.15 writes its figures only there
 * (no stats.json any more). The columns are checked against the ones this parser knows, so a Gatling upgrade
 * that changes the table fails loudly instead of producing wrong figures.
 */
public final class GatlingReport {

    public static final String ALL = "All Requests";
    private static final List<String> COLUMNS = List.of("Total", "OK", "KO", "% KO", "Cnt/s", "Min", "50th pct",
            "75th pct", "95th pct", "99th pct", "Max", "Mean", "Std Dev");
    private static final Pattern HEADER = Pattern.compile(
            "<th id=\"col-(\\d+)\"[^>]*><span>(?:<abbr[^>]*>)?([^<]+)");
    private static final Pattern ROW = Pattern.compile(
            "<tr id=\"([^\"]+)\"(?: data-parent=\"([^\"]*)\")?\\s*>(.*?)</tr>", Pattern.DOTALL);
    private static final Pattern NAME = Pattern.compile("class=\"ellipsed-name\">(.*?)</span>", Pattern.DOTALL);
    private static final Pattern CELL = Pattern.compile("<td class=\"value [a-z]+ col-(\\d+)\">([^<]*)</td>");

    private final Path dir;
    private final List<Row> rows;

    private GatlingReport(Path dir, List<Row> rows) {
        this.dir = dir;
        this.rows = rows;
    }

    /**
     * One line of the table: the whole run ({@code group} null, name {@value #ALL}), a group ({@code group} null),
     * or a request inside a group. Times in milliseconds; {@code perSecond} is over the whole simulation.
     */
    public record Row(String group, String name, boolean isGroup, long total, long ok, long ko, double perSecond,
               long min, long p50, long p75, long p95, long p99, long max, long mean) {

        public double errorPercent() {
            return total == 0 ? 0 : 100.0 * ko / total;
        }
    }

    static GatlingReport read(Path reportDir) throws IOException {
        Path index = reportDir.resolve("index.html");
        String html = Files.readString(index);
        List<String> columns = new ArrayList<>();
        Matcher header = HEADER.matcher(html);
        while (header.find()) {
            columns.add(header.group(2).trim());
        }
        if (!columns.equals(COLUMNS)) {
            throw new IllegalStateException("Unexpected statistics columns in " + index + ": " + columns
                    + " (expected " + COLUMNS + "); has Gatling changed its report?");
        }
        // Row ids: ROOT for the whole run, group_<name>-<hash> for groups, req_<...> for requests.
        List<Row> rows = new ArrayList<>();
        Matcher row = ROW.matcher(html);
        while (row.find()) {
            String id = row.group(1);
            String parent = row.group(2);
            Matcher name = NAME.matcher(row.group(3));
            if (!name.find()) {
                continue;
            }
            long[] values = new long[COLUMNS.size()];
            double perSecond = 0;
            Matcher cell = CELL.matcher(row.group(3));
            int cells = 0;
            while (cell.find()) {
                int column = Integer.parseInt(cell.group(1)) - 2;
                String text = cell.group(2).trim().replace(",", "");
                if (column == 4) {
                    perSecond = number(text);
                } else if (column >= 0 && column < values.length) {
                    values[column] = Math.round(number(text));
                }
                cells++;
            }
            if (cells != COLUMNS.size()) {
                throw new IllegalStateException("Row " + id + " of " + index + " has " + cells + " values");
            }
            String groupName = parent == null || "ROOT".equals(parent) ? null : parentName(rows, parent, html);
            rows.add(new Row(groupName, unescape(name.group(1).trim()), id.startsWith("group_"), values[0],
                    values[1], values[2], perSecond, values[5], values[6], values[7], values[8], values[9],
                    values[10], values[11]));
        }
        if (rows.isEmpty() || !ALL.equals(rows.get(0).name())) {
            throw new IllegalStateException("No statistics table in " + index);
        }
        return new GatlingReport(reportDir, List.copyOf(rows));
    }

    Path dir() {
        return dir;
    }

    Row all() {
        return rows.get(0);
    }

    Optional<Row> group(String name) {
        return rows.stream().filter(r -> r.isGroup() && r.group() == null && r.name().equals(name)).findFirst();
    }

    /** The requests of a group, by name. */
    List<Row> requests(String group) {
        return rows.stream().filter(r -> !r.isGroup() && group.equals(r.group())).toList();
    }

    private static String parentName(List<Row> rows, String parentId, String html) {
        // the parent row was read before its children; find its name by id in the html
        Matcher m = Pattern.compile("<tr id=\"" + Pattern.quote(parentId) + "\"[^>]*>(.*?)</tr>", Pattern.DOTALL)
                .matcher(html);
        if (m.find()) {
            Matcher name = NAME.matcher(m.group(1));
            if (name.find()) {
                return unescape(name.group(1).trim());
            }
        }
        throw new IllegalStateException("unknown parent row " + parentId + " after " + rows.size() + " rows");
    }

    private static double number(String text) {
        return text.isEmpty() || "-".equals(text) ? 0 : Double.parseDouble(text);
    }

    private static String unescape(String text) {
        return text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&#x27;", "'").replace("&amp;", "&");
    }
}
