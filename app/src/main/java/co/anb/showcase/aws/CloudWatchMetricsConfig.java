package co.anb.showcase.aws;

import io.micrometer.cloudwatch2.CloudWatchConfig;
import io.micrometer.cloudwatch2.CloudWatchMeterRegistry;
import io.micrometer.core.instrument.Clock;
import java.time.Duration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudwatch.CloudWatchAsyncClient;

/**
 * On AWS (the {@code aws} profile turns {@code anb.metrics.cloudwatch.enabled} on) the app's Micrometer metrics are
 * published to CloudWatch, where the dashboard and alarms of the infra module read them. Off locally: there is no
 * CloudWatch to talk to.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty("anb.metrics.cloudwatch.enabled")
@EnableConfigurationProperties(CloudWatchMetricsConfig.CloudWatchProperties.class)
class CloudWatchMetricsConfig {

    @Bean(destroyMethod = "close")
    CloudWatchAsyncClient cloudWatchAsyncClient(AwsProperties aws, AwsCredentialsProvider credentials) {
        return CloudWatchAsyncClient.builder().region(Region.of(aws.region())).credentialsProvider(credentials).build();
    }

    @Bean
    CloudWatchMeterRegistry cloudWatchMeterRegistry(CloudWatchAsyncClient cloudWatch, CloudWatchProperties properties) {
        CloudWatchConfig config = new CloudWatchConfig() {
            @Override
            public String get(String key) {
                return null;
            }

            @Override
            public String namespace() {
                return properties.namespace();
            }

            @Override
            public Duration step() {
                return properties.step();
            }
        };
        return new CloudWatchMeterRegistry(config, Clock.SYSTEM, cloudWatch);
    }

    /**
     * @param namespace the CloudWatch namespace the infra module's dashboard and IAM policy name ({@code ANB})
     * @param step      how often metrics are sent
     */
    @ConfigurationProperties(prefix = "anb.metrics.cloudwatch")
    record CloudWatchProperties(@DefaultValue("ANB") String namespace, @DefaultValue("1m") Duration step) {
    }
}
