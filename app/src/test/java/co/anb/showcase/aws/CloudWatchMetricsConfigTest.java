package co.anb.showcase.aws;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.cloudwatch2.CloudWatchMeterRegistry;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;

/** Metrics reach CloudWatch only where the aws profile switches them on; nothing is sent from here. */
class CloudWatchMetricsConfigTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(Properties.class, CloudWatchMetricsConfig.class)
            .withBean(AwsCredentialsProvider.class, AnonymousCredentialsProvider::create);

    @Test
    void offUnlessEnabled() {
        context.run(app -> assertThat(app).doesNotHaveBean(MeterRegistry.class));
    }

    @Test
    void publishesToTheAnbNamespaceWhenEnabled() {
        context.withPropertyValues("anb.metrics.cloudwatch.enabled=true").run(app -> {
            assertThat(app).hasSingleBean(CloudWatchMeterRegistry.class);
            CloudWatchMetricsConfig.CloudWatchProperties properties =
                    app.getBean(CloudWatchMetricsConfig.CloudWatchProperties.class);
            assertThat(properties.namespace()).isEqualTo("ANB");
        });
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(AwsProperties.class)
    static class Properties {
    }
}
