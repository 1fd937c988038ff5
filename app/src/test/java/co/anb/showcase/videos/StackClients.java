package co.anb.showcase.videos;

import co.anb.showcase.local.LocalStack;
import java.net.URI;
import java.util.List;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;
import software.amazon.awssdk.services.sqs.SqsClient;

/** The tests' own S3 and SQS clients, pointed at the shared local stack, to look at what the app left there. */
public final class StackClients {

    private static S3Client s3;
    private static SqsClient sqs;

    private StackClients() {
    }

    public static synchronized S3Client s3() {
        if (s3 == null) {
            s3 = S3Client.builder()
                    .endpointOverride(URI.create(LocalStack.shared().property("anb.aws.s3-endpoint")))
                    .forcePathStyle(true)
                    .region(Region.of(LocalStack.REGION))
                    .credentialsProvider(credentials())
                    .build();
        }
        return s3;
    }

    public static synchronized SqsClient sqs() {
        if (sqs == null) {
            sqs = SqsClient.builder()
                    .endpointOverride(URI.create(LocalStack.shared().property("anb.aws.sqs-endpoint")))
                    .region(Region.of(LocalStack.REGION))
                    .credentialsProvider(credentials())
                    .build();
        }
        return sqs;
    }

    static String queueUrl() {
        return LocalStack.shared().property("anb.queue.url");
    }

    public static List<String> keysUnder(String prefix) {
        return s3().listObjectsV2Paginator(list -> list.bucket(LocalStack.BUCKET).prefix(prefix)).contents()
                .stream().map(S3Object::key).sorted().toList();
    }

    public static boolean exists(String key) {
        return keysUnder(key).contains(key);
    }

    private static StaticCredentialsProvider credentials() {
        return StaticCredentialsProvider.create(AwsBasicCredentials.create(LocalStack.ACCESS_KEY,
                LocalStack.SECRET_KEY));
    }
}
