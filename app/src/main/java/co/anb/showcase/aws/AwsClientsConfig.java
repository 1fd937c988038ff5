package co.anb.showcase.aws;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * One code path to S3 and SQS: the AWS SDK v2 clients, pointed at local endpoints when {@code anb.aws.*-endpoint} is
 * set. Path-style addressing is used against a custom endpoint because s3proxy serves one host, not bucket
 * subdomains.
 */
@Configuration(proxyBeanMethods = false)
class AwsClientsConfig {

    @Bean
    AwsCredentialsProvider awsCredentialsProvider(AwsProperties aws) {
        if (aws.hasStaticCredentials()) {
            return StaticCredentialsProvider.create(AwsBasicCredentials.create(aws.accessKey(), aws.secretKey()));
        }
        return DefaultCredentialsProvider.builder().build();
    }

    @Bean(destroyMethod = "close")
    S3Client s3Client(AwsProperties aws, AwsCredentialsProvider credentials) {
        var builder = S3Client.builder().region(Region.of(aws.region())).credentialsProvider(credentials);
        if (aws.s3Endpoint() != null) {
            builder.endpointOverride(aws.s3Endpoint()).forcePathStyle(true);
        }
        return builder.build();
    }

    @Bean(destroyMethod = "close")
    S3Presigner s3Presigner(AwsProperties aws, AwsCredentialsProvider credentials) {
        var builder = S3Presigner.builder().region(Region.of(aws.region())).credentialsProvider(credentials);
        if (aws.s3Endpoint() != null) {
            builder.endpointOverride(aws.s3Endpoint())
                    .serviceConfiguration(S3Configuration.builder().pathStyleAccessEnabled(true).build());
        }
        return builder.build();
    }

    @Bean(destroyMethod = "close")
    SqsClient sqsClient(AwsProperties aws, AwsCredentialsProvider credentials) {
        var builder = SqsClient.builder().region(Region.of(aws.region())).credentialsProvider(credentials);
        if (aws.sqsEndpoint() != null) {
            builder.endpointOverride(aws.sqsEndpoint());
        }
        return builder.build();
    }
}
