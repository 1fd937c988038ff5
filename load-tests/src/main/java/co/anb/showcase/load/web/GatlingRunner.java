package co.anb.showcase.load.web;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.util.ContextInitializer;
import ch.qos.logback.core.joran.spi.JoranException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.slf4j.LoggerFactory;

/**
 * Runs one Gatling simulation in this JVM (the load generator; the system under test is another process) and
 * returns the folder of its HTML report. Gatling reads the simulation's parameters from system properties, so runs
 * are one at a time.
 */
final class GatlingRunner {

    private GatlingRunner() {
    }

    static synchronized Path run(Class<?> simulation, Map<String, String> properties, Path resultsDir,
                                 String description) throws IOException {
        Files.createDirectories(resultsDir);
        properties.forEach(System::setProperty);
        int status;
        try {
            status = io.gatling.app.Gatling$.MODULE$.fromArgs(new String[] {
                    "-s", simulation.getName(),
                    "-rf", resultsDir.toAbsolutePath().toString(),
                    "-rd", description,
                    "-l", "anb-capacity"});
        } finally {
            properties.keySet().forEach(System::clearProperty);
            restoreLogging();
        }
        Path report = latestReport(resultsDir);
        if (status != 0 && !Files.exists(report.resolve("js/stats.json"))) {
            throw new IllegalStateException("Gatling ended with status " + status + " and no report in " + report);
        }
        return report;
    }

    /** Gatling stops the logging context when a run ends; start it again for the rest of the capacity run. */
    private static void restoreLogging() {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context && !context.isStarted()) {
            context.reset();
            try {
                new ContextInitializer(context).autoConfig();
            } catch (JoranException e) {
                throw new IllegalStateException("Could not configure logging again after Gatling", e);
            }
        }
    }

    private static Path latestReport(Path resultsDir) throws IOException {
        try (Stream<Path> runs = Files.list(resultsDir)) {
            return runs.filter(Files::isDirectory)
                    .filter(dir -> Files.exists(dir.resolve("index.html")))
                    .max(Comparator.comparing(dir -> dir.toFile().lastModified()))
                    .orElseThrow(() -> new IllegalStateException("Gatling wrote no report under " + resultsDir));
        }
    }
}
