package co.anb.showcase.load.report;

import co.anb.showcase.load.web.WebResult;
import co.anb.showcase.load.worker.WorkerResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns results into the report: {@code publish*} copies a run's result into docs/capacity/, {@link #render}
 * draws the plots (SVG) there and rewrites the generated tables of docs/capacity.md, each between
 * {@code <!-- capacity:NAME -->} and {@code <!-- /capacity:NAME -->}.
 */
public final class CapacityReport {

    public static final String WEB_RESULT = "web-result.json";
    public static final String WORKER_RESULT = "worker-result.json";

    private CapacityReport() {
    }

    public static void publishWeb(Path repo, Path runDir) throws IOException {
        Path docs = Files.createDirectories(repo.resolve("docs/capacity"));
        Files.copy(runDir.resolve(WEB_RESULT), docs.resolve(WEB_RESULT), StandardCopyOption.REPLACE_EXISTING);
        // one sample in five is plenty for a reader, and keeps the file small
        List<String> samples = Files.readAllLines(runDir.resolve("resources.csv"));
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < samples.size(); i++) {
            if (i % 5 == 0) {
                kept.add(samples.get(i));
            }
        }
        Files.write(docs.resolve("web-resources.csv"), kept);
        render(repo);
    }

    public static void publishWorker(Path repo, Path runDir) throws IOException {
        Path docs = Files.createDirectories(repo.resolve("docs/capacity"));
        Files.copy(runDir.resolve(WORKER_RESULT), docs.resolve(WORKER_RESULT), StandardCopyOption.REPLACE_EXISTING);
        render(repo);
    }

    /** Plots and tables from the results in docs/capacity/ (whichever of the two exist). */
    public static void render(Path repo) throws IOException {
        Path docs = repo.resolve("docs/capacity");
        Map<String, String> sections = new LinkedHashMap<>();
        if (Files.exists(docs.resolve(WEB_RESULT))) {
            WebResult web = WebResult.read(docs.resolve(WEB_RESULT)).analysed();
            web.write(docs.resolve(WEB_RESULT));
            WebPlots.write(docs, web);
            sections.putAll(WebTables.of(web));
        }
        if (Files.exists(docs.resolve(WORKER_RESULT))) {
            WorkerResult worker = WorkerResult.read(docs.resolve(WORKER_RESULT));
            WorkerPlots.write(docs, worker);
            sections.putAll(WorkerTables.of(worker));
        }
        Path capacity = repo.resolve("docs/capacity.md");
        if (Files.exists(capacity)) {
            Files.writeString(capacity, fill(Files.readString(capacity), sections));
        }
    }

    /** Replaces the inside of every {@code <!-- capacity:NAME -->} … {@code <!-- /capacity:NAME -->} pair. */
    static String fill(String markdown, Map<String, String> sections) {
        String result = markdown;
        for (Map.Entry<String, String> section : sections.entrySet()) {
            Pattern pair = Pattern.compile("(<!-- capacity:" + Pattern.quote(section.getKey()) + " -->\\n)(.*?)"
                    + "(<!-- /capacity:" + Pattern.quote(section.getKey()) + " -->)", Pattern.DOTALL);
            Matcher matcher = pair.matcher(result);
            if (matcher.find()) {
                result = result.substring(0, matcher.start(2)) + section.getValue()
                        + result.substring(matcher.end(2));
            }
        }
        return result;
    }
}
