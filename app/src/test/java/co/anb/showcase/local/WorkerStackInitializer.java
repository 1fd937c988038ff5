package co.anb.showcase.local;

import java.util.HashMap;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/** Points a test application context that runs the worker at the shared {@link LocalStack} and its own queue pair. */
public class WorkerStackInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        context.getEnvironment().getPropertySources().addFirst(
                new MapPropertySource("localStack", new HashMap<>(LocalStack.shared().workerTestProperties())));
    }
}
