package co.anb.showcase;

import co.anb.showcase.local.LocalStackInitializer;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole app on a random port against the shared local stack (real PostgreSQL, ElasticMQ, s3proxy). Every test
 * class with this annotation shares one application context. The {@code test} profile
 * ({@code application-test.properties}) holds the few settings tests shorten, e.g. cache lifetimes.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"local", "test"})
@ContextConfiguration(initializers = LocalStackInitializer.class)
public @interface IntegrationTest {
}
