package co.anb.showcase.load.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/** Where the stack of a running local system listens, as LocalShowcaseApplication writes it. */
public record StackEndpoints(String jdbcUrl, String dbUser, String dbPassword, URI s3Endpoint, URI sqsEndpoint,
                             String queueUrl, String dlqUrl, String bucket, String accessKey, String secretKey,
                             String region) {

    static StackEndpoints read(Path file) {
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new StackEndpoints(p.getProperty("spring.datasource.url"),
                p.getProperty("spring.datasource.username"), p.getProperty("spring.datasource.password"),
                URI.create(p.getProperty("anb.aws.s3-endpoint")), URI.create(p.getProperty("anb.aws.sqs-endpoint")),
                p.getProperty("anb.queue.url"), p.getProperty("anb.queue.dlq-url"),
                p.getProperty("anb.storage.bucket"), p.getProperty("anb.aws.access-key"),
                p.getProperty("anb.aws.secret-key"), p.getProperty("anb.aws.region"));
    }
}
