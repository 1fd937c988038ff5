package co.anb.showcase;

import co.anb.showcase.local.WorkerStackInitializer;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * Like {@link IntegrationTest}, but the app runs both roles (api and worker), as {@code ./dev.sh run} does: an
 * upload ends {@code processed}. It has its own database and queue pair, so its worker never takes jobs that
 * API-only tests read from the queue themselves. Every test class with this annotation shares one application
 * context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "anb.role=all")
@ActiveProfiles({"local", "test"})
@ContextConfiguration(initializers = WorkerStackInitializer.class)
public @interface WorkerIntegrationTest {
}
