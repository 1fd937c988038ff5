package co.anb.showcase.local;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.elasticmq.rest.sqs.SQSRestServer;
import org.elasticmq.rest.sqs.SQSRestServerBuilder;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.nio2blob.FilesystemNio2BlobStore;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * The real servers the app talks to, started in this JVM on 127.0.0.1: PostgreSQL 17 (zonky), an SQS-protocol
 * queue pair with the production redrive policy (ElasticMQ), an S3-protocol store on the filesystem (s3proxy) and
 * SMTP/IMAP mail (GreenMail, {@link LocalMailServer}).
 * The app reaches them through the same JDBC driver and AWS SDK clients it uses on AWS; only endpoints differ.
 */
public final class LocalStack implements AutoCloseable {

    public static final String BUCKET = "anb-videos";
    public static final String QUEUE = "anb-video-jobs";
    public static final String DLQ = "anb-video-jobs-dlq";
    /**
     * A second queue pair (and database) for test contexts that run the worker, so a worker never takes the jobs
     * that tests of the API-only context read straight from {@link #QUEUE}.
     */
    public static final String WORKER_TEST_QUEUE = "anb-video-jobs-worker-tests";
    /** The queue pair of worker processes that tests start, kill and stop on their own. */
    public static final String WORKER_PROCESS_QUEUE = "anb-video-jobs-worker-processes";
    /**
     * The database of the contexts that run the worker. Every context has an outbox relay, and a relay sends any
     * pending row to its own queue: with one database, one context's jobs could end up on the other's queue.
     */
    static final String WORKER_TEST_DATABASE = "worker_tests";
    public static final String ACCESS_KEY = "local-access-key";
    public static final String SECRET_KEY = "local-secret-key";
    public static final String REGION = "us-east-1";
    /** SQS's own default; the worker extends it with a heartbeat while a job runs. */
    static final int VISIBILITY_TIMEOUT_SECONDS = 60;
    static final int MAX_RECEIVE_COUNT = 3;
    private static final String LOOPBACK = "127.0.0.1";

    private static LocalStack shared;

    private final EmbeddedPostgres postgres;
    private final SQSRestServer sqsServer;
    private final S3Proxy s3Proxy;
    private final LocalMailServer mail;
    private final Map<String, String> properties = new LinkedHashMap<>();
    private final Map<String, String> workerTestProperties = new LinkedHashMap<>();
    private final Map<String, String> workerProcessProperties = new LinkedHashMap<>();

    private LocalStack(Path dataDir, boolean keepData) throws Exception {
        Path pgData = dataDir.resolve("postgres");
        Path blobs = dataDir.resolve("objects");
        Files.createDirectories(blobs);
        postgres = EmbeddedPostgres.builder()
                .setDataDirectory(pgData)
                .setCleanDataDirectory(!keepData)
                // loopback only, by address: a minimal machine may not resolve "localhost"
                .setServerConfig("listen_addresses", LOOPBACK)
                .start();

        sqsServer = SQSRestServerBuilder.withInterface(LOOPBACK).withDynamicPort().start();
        int sqsPort = sqsServer.waitUntilStarted().localAddress().getPort();
        URI sqsEndpoint = URI.create("http://" + LOOPBACK + ":" + sqsPort);

        s3Proxy = S3Proxy.builder()
                .blobStore(new FilesystemNio2BlobStore(blobs.toString()))
                .endpoint(URI.create("http://" + LOOPBACK + ":0"))
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS_KEY, SECRET_KEY)
                // the SDK's multipart client sends x-amz-mp-object-size, which s3proxy does not know
                .ignoreUnknownHeaders(true)
                .corsRules(StoreCors.browserUploads())
                .build();
        s3Proxy.start();
        waitForS3Proxy();
        createBucket(URI.create("http://" + LOOPBACK + ":" + s3Proxy.getPort()));

        mail = new LocalMailServer(keepData);

        String[] queueUrls = createQueues(sqsEndpoint, QUEUE, DLQ);
        properties.put("spring.datasource.url", "jdbc:postgresql://%s:%d/postgres".formatted(LOOPBACK, postgres.getPort()));
        properties.put("spring.datasource.username", "postgres");
        properties.put("spring.datasource.password", "postgres");
        properties.put("anb.aws.region", REGION);
        properties.put("anb.aws.access-key", ACCESS_KEY);
        properties.put("anb.aws.secret-key", SECRET_KEY);
        properties.put("anb.aws.s3-endpoint", "http://" + LOOPBACK + ":" + s3Proxy.getPort());
        properties.put("anb.aws.sqs-endpoint", sqsEndpoint.toString());
        properties.put("anb.storage.bucket", BUCKET);
        properties.put("anb.queue.url", queueUrls[0]);
        properties.put("anb.queue.dlq-url", queueUrls[1]);
        properties.putAll(mail.springProperties());
        // the app too listens on loopback only when it runs against this stack
        properties.put("server.address", LOOPBACK);
        if (!keepData) {
            addWorkerTestResources(sqsEndpoint);
        }
    }

    /** A stack whose data survives restarts: the one-command local run. */
    public static LocalStack persistent(Path dataDir) throws Exception {
        return register(new LocalStack(dataDir, true));
    }

    /** One throw-away stack per test JVM, shared by every test context. */
    public static synchronized LocalStack shared() {
        if (shared == null) {
            try {
                shared = register(new LocalStack(Files.createTempDirectory("anb-test-stack"), false));
            } catch (Exception e) {
                throw new IllegalStateException("Could not start the local stack", e);
            }
        }
        return shared;
    }

    /** Spring properties that point the app at these servers. */
    public Map<String, String> properties() {
        return Map.copyOf(properties);
    }

    /** Like {@link #properties()}, with the database and queue pair of the test contexts that run the worker. */
    public Map<String, String> workerTestProperties() {
        return Map.copyOf(workerTestProperties);
    }

    /** Like {@link #workerTestProperties()}, with the queue pair of the worker processes tests start. */
    public Map<String, String> workerProcessProperties() {
        return Map.copyOf(workerProcessProperties);
    }

    public String property(String name) {
        return properties.get(name);
    }

    /** The IMAP port of the mail server: log in as a recipient's address with any password to read their mail. */
    public int imapPort() {
        return mail.imapPort();
    }

    @Override
    public void close() {
        mail.close();
        try {
            s3Proxy.stop();
        } catch (Exception ignored) {
            // shutting down anyway
        }
        sqsServer.stopAndWait();
        try {
            postgres.close();
        } catch (IOException ignored) {
            // shutting down anyway
        }
    }

    private static LocalStack register(LocalStack stack) {
        Runtime.getRuntime().addShutdownHook(new Thread(stack::close, "local-stack-shutdown"));
        return stack;
    }

    /** A database and queue pairs of their own for the tests that run the worker (see {@link #WORKER_TEST_QUEUE}). */
    private void addWorkerTestResources(URI sqsEndpoint) throws SQLException {
        String[] workerTestQueueUrls = createQueues(sqsEndpoint, WORKER_TEST_QUEUE, WORKER_TEST_QUEUE + "-dlq");
        String[] workerProcessQueueUrls = createQueues(sqsEndpoint, WORKER_PROCESS_QUEUE,
                WORKER_PROCESS_QUEUE + "-dlq");
        workerTestProperties.putAll(properties);
        workerTestProperties.put("spring.datasource.url", "jdbc:postgresql://%s:%d/%s".formatted(LOOPBACK,
                postgres.getPort(), createDatabase(WORKER_TEST_DATABASE)));
        workerTestProperties.put("anb.queue.url", workerTestQueueUrls[0]);
        workerTestProperties.put("anb.queue.dlq-url", workerTestQueueUrls[1]);
        workerProcessProperties.putAll(workerTestProperties);
        workerProcessProperties.put("anb.queue.url", workerProcessQueueUrls[0]);
        workerProcessProperties.put("anb.queue.dlq-url", workerProcessQueueUrls[1]);
    }

    private String createDatabase(String name) throws SQLException {
        try (var connection = postgres.getPostgresDatabase().getConnection();
             var statement = connection.createStatement()) {
            var exists = statement.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + name + "'");
            if (!exists.next()) {
                statement.execute("CREATE DATABASE " + name);
            }
        }
        return name;
    }

    private void waitForS3Proxy() throws InterruptedException {
        for (int i = 0; i < 100 && !"STARTED".equals(s3Proxy.getState()); i++) {
            Thread.sleep(50);
        }
    }

    private static void createBucket(URI endpoint) {
        try (S3Client s3 = S3Client.builder()
                .endpointOverride(endpoint)
                .forcePathStyle(true)
                .region(Region.of(REGION))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY, SECRET_KEY)))
                .build()) {
            boolean exists = s3.listBuckets().buckets().stream().anyMatch(bucket -> bucket.name().equals(BUCKET));
            if (!exists) {
                s3.createBucket(bucket -> bucket.bucket(BUCKET));
            }
        }
    }

    private static String[] createQueues(URI endpoint, String queue, String dlq) {
        try (SqsClient sqs = SqsClient.builder()
                .endpointOverride(endpoint)
                .region(Region.of(REGION))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY, SECRET_KEY)))
                .build()) {
            String dlqUrl = sqs.createQueue(q -> q.queueName(dlq)).queueUrl();
            String dlqArn = sqs.getQueueAttributes(a -> a.queueUrl(dlqUrl).attributeNames(QueueAttributeName.QUEUE_ARN))
                    .attributes().get(QueueAttributeName.QUEUE_ARN);
            String queueUrl = sqs.createQueue(q -> q.queueName(queue).attributes(Map.of(
                    QueueAttributeName.VISIBILITY_TIMEOUT, String.valueOf(VISIBILITY_TIMEOUT_SECONDS),
                    QueueAttributeName.RECEIVE_MESSAGE_WAIT_TIME_SECONDS, "20",
                    QueueAttributeName.REDRIVE_POLICY,
                    "{\"deadLetterTargetArn\":\"%s\",\"maxReceiveCount\":\"%d\"}".formatted(dlqArn, MAX_RECEIVE_COUNT))))
                    .queueUrl();
            return new String[] {queueUrl, dlqUrl};
        }
    }
}
