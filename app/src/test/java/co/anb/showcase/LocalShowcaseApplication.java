package co.anb.showcase;

import co.anb.showcase.local.LocalStack;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import org.springframework.boot.SpringApplication;

/**
 * The whole system on one machine, no Docker: {@code ./mvnw -pl app spring-boot:test-run}. Starts PostgreSQL,
 * ElasticMQ and s3proxy in this JVM with their data under {@code app/data} (so uploads survive a restart; delete
 * the folder to start afresh), then the app with the {@code local} profile on http://localhost:8080.
 * <p>
 * With {@code -Danb.local.properties-file=<file>} it also writes where the stack listens (JDBC URL, queue URLs,
 * store endpoint) to that file before the app starts: the capacity tests in {@code load-tests/} read it to reach
 * the database, queue and store of the system they load.
 */
public class LocalShowcaseApplication {

    public static void main(String[] args) throws Exception {
        Path dataDir = Path.of(System.getProperty("anb.local.data-dir", "data")).toAbsolutePath();
        LocalStack stack = LocalStack.persistent(dataDir);
        String propertiesFile = System.getProperty("anb.local.properties-file");
        if (propertiesFile != null && !propertiesFile.isBlank()) {
            write(stack.properties(), Path.of(propertiesFile));
        }
        String[] stackArgs = stack.properties().entrySet().stream()
                .map(property -> "--" + property.getKey() + "=" + property.getValue())
                .toArray(String[]::new);
        SpringApplication.from(ShowcaseApplication::main)
                .withAdditionalProfiles("local")
                .run(Stream.concat(Stream.of(stackArgs), Stream.of(args)).toArray(String[]::new));
    }

    private static void write(Map<String, String> properties, Path file) throws IOException {
        Properties out = new Properties();
        out.putAll(properties);
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        try (Writer writer = Files.newBufferedWriter(partial)) {
            out.store(writer, "Where the local stack listens");
        }
        Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE,
                StandardCopyOption.REPLACE_EXISTING);
    }
}
