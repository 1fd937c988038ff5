package co.anb.showcase.processing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class WorkerPropertiesTest {

    @Test
    void retriesWaitTwiceAsLongEachTimeUpToTheCap() {
        WorkerProperties properties = withConcurrency(0);

        assertThat(properties.backoff(1)).isEqualTo(Duration.ofSeconds(10));
        assertThat(properties.backoff(2)).isEqualTo(Duration.ofSeconds(20));
        assertThat(properties.backoff(3)).isEqualTo(Duration.ofSeconds(40));
        assertThat(properties.backoff(7)).isEqualTo(Duration.ofMinutes(5));
        assertThat(properties.backoff(1_000)).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void concurrencyDefaultsToOneJobPerCore() {
        int cores = Runtime.getRuntime().availableProcessors();

        assertThat(withConcurrency(0).effectiveConcurrency()).isEqualTo(cores);
        assertThat(withConcurrency(3).effectiveConcurrency()).isEqualTo(3);
    }

    private static WorkerProperties withConcurrency(int concurrency) {
        return new WorkerProperties(concurrency, Duration.ofSeconds(20), Duration.ofSeconds(120),
                Duration.ofSeconds(30), 3, Duration.ofSeconds(10), Duration.ofMinutes(5), Duration.ofMinutes(10),
                Duration.ofSeconds(90), Duration.ofMinutes(30), Duration.ofMinutes(1), "veryfast", 23);
    }
}
