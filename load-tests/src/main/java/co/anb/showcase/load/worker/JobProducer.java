package co.anb.showcase.load.worker;

import co.anb.showcase.load.seed.SeedData;
import co.anb.showcase.load.system.StackEndpoints;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * Puts work in front of the worker as an upload would leave it, without the web tier: the original in the store
 * under {@code uploads/{id}.mp4}, a {@code videos} row in status {@code uploaded} with a fresh task id for an
 * existing player, and, when the schedule says so, the job on the queue (SPEC §4's message). The originals are
 * staged ahead of the measured part (a server-side copy of one uploaded source per size), so the measured part only
 * sends messages.
 */
final class JobProducer implements AutoCloseable {

    private static final String OWNER_EMAIL = "productor-de-carga" + SeedData.EMAIL_DOMAIN;

    private final StackEndpoints stack;
    private final S3Client s3;
    private final SqsClient sqs;
    private final Connection db;
    private final UUID owner;

    JobProducer(StackEndpoints stack) throws SQLException {
        this.stack = stack;
        var credentials = StaticCredentialsProvider.create(AwsBasicCredentials.create(stack.accessKey(),
                stack.secretKey()));
        this.s3 = S3Client.builder().endpointOverride(stack.s3Endpoint()).forcePathStyle(true)
                .region(Region.of(stack.region())).credentialsProvider(credentials).build();
        this.sqs = SqsClient.builder().endpointOverride(stack.sqsEndpoint())
                .region(Region.of(stack.region())).credentialsProvider(credentials).build();
        this.db = DriverManager.getConnection(stack.jdbcUrl(), stack.dbUser(), stack.dbPassword());
        this.owner = ensureOwner();
    }

    /** A job ready to send: original stored, row {@code uploaded}. */
    record StagedJob(UUID videoId, UUID taskId, String originalKey) {
    }

    /** Uploads a clip once as the source that staged jobs copy from. */
    String stageSource(Path clip) {
        String key = "load-source/" + clip.getFileName();
        s3.putObject(request -> request.bucket(stack.bucket()).key(key).contentType("video/mp4"),
                RequestBody.fromFile(clip));
        return key;
    }

    List<StagedJob> stage(String sourceKey, int count) throws SQLException {
        List<StagedJob> jobs = new ArrayList<>(count);
        try (PreparedStatement insert = db.prepareStatement("""
                INSERT INTO videos (id, owner_id, task_id, title, status, original_key, uploaded_at)
                VALUES (?, ?, ?, ?, 'uploaded', ?, ?)""")) {
            for (int i = 0; i < count; i++) {
                UUID videoId = UUID.randomUUID();
                String key = "uploads/" + videoId + ".mp4";
                s3.copyObject(copy -> copy.sourceBucket(stack.bucket()).sourceKey(sourceKey)
                        .destinationBucket(stack.bucket()).destinationKey(key));
                UUID taskId = UUID.randomUUID();
                insert.setObject(1, videoId);
                insert.setObject(2, owner);
                insert.setObject(3, taskId);
                insert.setString(4, "Jugada para la prueba de capacidad");
                insert.setString(5, key);
                insert.setTimestamp(6, Timestamp.from(Instant.now()));
                insert.executeUpdate();
                jobs.add(new StagedJob(videoId, taskId, key));
            }
        }
        return jobs;
    }

    /** Sends the job's message; returns when the queue has it. */
    Instant send(StagedJob job) {
        Instant createdAt = Instant.now();
        String body = "{\"video_id\":\"%s\",\"task_id\":\"%s\",\"original_key\":\"%s\",\"created_at\":\"%s\"}"
                .formatted(job.videoId(), job.taskId(), job.originalKey(), createdAt);
        sqs.sendMessage(message -> message.queueUrl(stack.queueUrl()).messageBody(body));
        return createdAt;
    }

    /** Visible (waiting) and not visible (being worked on) messages, as SQS approximates them. */
    int[] queueDepth() {
        Map<QueueAttributeName, String> attributes = sqs.getQueueAttributes(request -> request
                .queueUrl(stack.queueUrl()).attributeNames(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES,
                        QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE)).attributes();
        return new int[] {
                Integer.parseInt(attributes.getOrDefault(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES, "0")),
                Integer.parseInt(attributes.getOrDefault(
                        QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE, "0"))};
    }

    /** Drops the waiting messages (jobs left over from a saturation run). */
    void purgeQueue() {
        sqs.purgeQueue(request -> request.queueUrl(stack.queueUrl()));
    }

    /** Removes the rows and every object of these jobs (originals, outputs). */
    void discard(List<StagedJob> jobs) throws SQLException {
        for (StagedJob job : jobs) {
            s3.deleteObject(request -> request.bucket(stack.bucket()).key(job.originalKey()));
            s3.deleteObject(request -> request.bucket(stack.bucket()).key("processed/" + job.videoId() + ".mp4"));
            s3.deleteObject(request -> request.bucket(stack.bucket()).key("thumbnails/" + job.videoId() + ".jpg"));
        }
        try (PreparedStatement delete = db.prepareStatement("DELETE FROM videos WHERE id = ANY(?)")) {
            delete.setArray(1, db.createArrayOf("uuid", jobs.stream().map(StagedJob::videoId).toArray()));
            delete.executeUpdate();
        }
    }

    Connection db() {
        return db;
    }

    @Override
    public void close() throws SQLException {
        s3.close();
        sqs.close();
        db.close();
    }

    private UUID ensureOwner() throws SQLException {
        try (PreparedStatement find = db.prepareStatement("SELECT id FROM users WHERE email = ?")) {
            find.setString(1, OWNER_EMAIL);
            var rows = find.executeQuery();
            if (rows.next()) {
                return rows.getObject(1, UUID.class);
            }
        }
        UUID id = UUID.randomUUID();
        try (PreparedStatement insert = db.prepareStatement("""
                INSERT INTO users (id, first_name, last_name, email, email_key, password_hash, city, country)
                VALUES (?, 'Productor', 'De Carga', ?, lower(?), 'not-a-login-account', 'Bogotá', 'Colombia')""")) {
            insert.setObject(1, id);
            insert.setString(2, OWNER_EMAIL);
            insert.setString(3, OWNER_EMAIL);
            insert.executeUpdate();
        }
        return id;
    }
}
