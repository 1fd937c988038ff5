package co.anb.showcase;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The ownership table in docs/architecture.md is the rule: a module's SQL names only its own tables and views and
 * the views other modules export, and a module's migrations create or change only what it owns. The SQL is read
 * as text from the module's Java sources, so a cross-module {@code UPDATE videos} in {@code voting} fails here
 * even though it compiles and its own module's tests pass.
 */
class TableOwnershipTest {

    private static final Path SOURCES = Path.of("src/main/java/co/anb/showcase");
    private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");
    /** Created by V2 in the videos folder before ownership was split; moving it would change its checksum. */
    private static final Set<String> HISTORICAL_EXCEPTIONS = Set.of("V2__videos_create_videos_and_outbox.sql:outbox");
    private static final Pattern SQL_NAME = Pattern.compile(
            "\\b(?:FROM|JOIN|UPDATE|INTO|TABLE|EXISTS)\\s+([a-z_][a-z0-9_]*)", Pattern.CASE_INSENSITIVE);
    private static final Pattern DDL_NAME = Pattern.compile(
            "\\b(?:CREATE\\s+TABLE|ALTER\\s+TABLE|CREATE\\s+(?:OR\\s+REPLACE\\s+)?VIEW|\\bON)\\s+([a-z_][a-z0-9_]*)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern STATUS_LITERAL = Pattern.compile("'(uploaded|processing|processed|failed)'");

    private final TableOwnership ownership = TableOwnership.read(Path.of("../docs/architecture.md"));

    @Test
    void theOwnershipTableNamesEveryModuleThatHasSql() throws IOException {
        assertThat(ownership.modules()).contains("auth", "videos", "voting", "queue", "rankings");
        for (String module : modulesWithSql()) {
            assertThat(ownership.modules()).as("module %s writes SQL but is not in the ownership table", module)
                    .contains(module);
        }
    }

    @Test
    void aModuleSqlNamesOnlyItsOwnTablesAndExportedViews() throws IOException {
        List<String> violations = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String module = SOURCES.relativize(file).getName(0).toString();
                Matcher names = SQL_NAME.matcher(Files.readString(file));
                while (names.find()) {
                    String name = names.group(1).toLowerCase();
                    if (!ownership.mayName(module, name)) {
                        violations.add("%s names table %s, owned by %s"
                                .formatted(file, name, ownership.ownerOf(name)));
                    }
                }
            }
        }
        assertThat(violations).as("SQL that reaches into another module's tables").isEmpty();
    }

    @Test
    void migrationsLiveInTheirOwnersFolder() throws IOException {
        List<String> violations = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MIGRATIONS)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".sql")).toList()) {
                Path relative = MIGRATIONS.relativize(file);
                assertThat(relative.getNameCount()).as("%s is not in a module's folder", relative).isEqualTo(2);
                String module = relative.getName(0).toString();
                Matcher names = DDL_NAME.matcher(Files.readString(file));
                while (names.find()) {
                    String name = names.group(1).toLowerCase();
                    String owner = ownership.ownerOf(name);
                    boolean historical = HISTORICAL_EXCEPTIONS.contains(file.getFileName() + ":" + name);
                    if (owner != null && !owner.equals(module) && !historical) {
                        violations.add("%s (folder %s) changes %s, owned by %s"
                                .formatted(relative, module, name, owner));
                    }
                }
            }
        }
        assertThat(violations).isEmpty();
    }

    @Test
    void videoStatusValuesAreWrittenOnlyInTheirEnum() throws IOException {
        List<String> literals = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher literal = STATUS_LITERAL.matcher(Files.readString(file));
                while (literal.find()) {
                    literals.add(file + ": " + literal.group());
                }
            }
        }
        assertThat(literals).as("status values belong to VideoStatus; bind them as parameters").isEmpty();
    }

    private static List<String> modulesWithSql() throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(f -> f.toString().endsWith(".java")).filter(TableOwnershipTest::hasSql)
                    .map(f -> SOURCES.relativize(f).getName(0).toString()).distinct().toList();
        }
    }

    private static boolean hasSql(Path file) {
        try {
            return Files.readString(file).contains("jdbc.sql(");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
