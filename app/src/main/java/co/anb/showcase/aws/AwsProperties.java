package co.anb.showcase.aws;

import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How to reach S3 and SQS. On AWS only the region is set and credentials come from the instance role; locally the
 * endpoints point at the in-process s3proxy and ElasticMQ, with their static credentials.
 */
@ConfigurationProperties(prefix = "anb.aws")
record AwsProperties(
        @DefaultValue("us-east-1") String region,
        URI s3Endpoint,
        URI sqsEndpoint,
        String accessKey,
        String secretKey) {

    boolean hasStaticCredentials() {
        return accessKey != null && !accessKey.isBlank();
    }
}
