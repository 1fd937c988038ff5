package co.anb.showcase;

import co.anb.showcase.local.LocalStack;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.springframework.boot.SpringApplication;

/**
 * The whole system on one machine, no Docker: {@code ./mvnw -pl app spring-boot:test-run}. Starts PostgreSQL,
 * ElasticMQ and s3proxy in this JVM with their data under {@code app/data} (so uploads survive a restart; delete
 * the folder to start afresh), then the app with the {@code local} profile on http://localhost:8080.
 */
public class LocalShowcaseApplication {

    public static void main(String[] args) throws Exception {
        Path dataDir = Path.of(System.getProperty("anb.local.data-dir", "data")).toAbsolutePath();
        LocalStack stack = LocalStack.persistent(dataDir);
        String[] stackArgs = stack.properties().entrySet().stream()
                .map(property -> "--" + property.getKey() + "=" + property.getValue())
                .toArray(String[]::new);
        SpringApplication.from(ShowcaseApplication::main)
                .withAdditionalProfiles("local")
                .run(Stream.concat(Stream.of(stackArgs), Stream.of(args)).toArray(String[]::new));
    }
}
