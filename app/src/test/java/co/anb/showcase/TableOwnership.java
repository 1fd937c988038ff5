package co.anb.showcase;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The "module | owns | exports (views) | Java API" table of docs/architecture.md, read so that the document and
 * the check that enforces it cannot drift apart.
 */
record TableOwnership(Set<String> modules, Map<String, String> ownerOfTable, Map<String, String> ownerOfView) {

    private static final Pattern ROW = Pattern.compile("^\\| `(\\w+)` \\|([^|]*)\\|([^|]*)\\|", Pattern.MULTILINE);
    private static final Pattern NAME = Pattern.compile("`(\\w+)`");

    static TableOwnership read(Path document) {
        String text;
        try {
            text = Files.readString(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int start = text.indexOf("| module | owns | exports (views) |");
        if (start < 0) {
            throw new IllegalStateException(document + " has no ownership table");
        }
        Set<String> modules = new LinkedHashSet<>();
        Map<String, String> tables = new LinkedHashMap<>();
        Map<String, String> views = new LinkedHashMap<>();
        Matcher row = ROW.matcher(text.substring(start));
        while (row.find()) {
            String module = row.group(1);
            modules.add(module);
            names(row.group(2)).forEach(table -> tables.put(table, module));
            names(row.group(3)).forEach(view -> views.put(view, module));
        }
        return new TableOwnership(modules, tables, views);
    }

    /** The module that owns this table or exports this view; {@code null} for a name that is neither. */
    String ownerOf(String name) {
        return ownerOfTable.containsKey(name) ? ownerOfTable.get(name) : ownerOfView.get(name);
    }

    /** Its own tables, and any module's exported views; names that are neither are not tables of ours. */
    boolean mayName(String module, String name) {
        String tableOwner = ownerOfTable.get(name);
        return tableOwner == null || tableOwner.equals(module);
    }

    private static List<String> names(String cell) {
        return NAME.matcher(cell).results().map(match -> match.group(1)).toList();
    }
}
