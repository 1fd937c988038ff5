package co.anb.showcase.infra;

import java.util.List;
import java.util.Map;

import software.amazon.awscdk.Aws;
import software.amazon.awscdk.CfnOutput;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.iam.ServicePrincipal;
import software.amazon.awscdk.services.s3.BlockPublicAccess;
import software.amazon.awscdk.services.s3.Bucket;
import software.amazon.awscdk.services.s3.BucketEncryption;
import software.amazon.awscdk.services.s3.CorsRule;
import software.amazon.awscdk.services.s3.HttpMethods;
import software.amazon.awscdk.services.s3.IBucket;
import software.amazon.awscdk.services.s3.LifecycleRule;
import software.amazon.awscdk.services.s3.ObjectOwnership;
import software.amazon.awscdk.services.s3.StorageClass;
import software.amazon.awscdk.services.s3.Transition;
import software.amazon.awscdk.services.secretsmanager.ISecret;
import software.amazon.awscdk.services.secretsmanager.Secret;
import software.amazon.awscdk.services.secretsmanager.SecretStringGenerator;
import software.constructs.Construct;

/** Everything stateful: the media bucket, the database and the secrets. Retained when the stack is deleted. */
final class DataStack extends Stack {

    /** What the site publishes: CloudFront may read these and nothing else of the bucket. */
    static final List<String> PUBLISHED_PREFIXES = List.of("processed/", "thumbnails/");

    private final Bucket media;
    private final Database database;
    private final Secret jwtSecret;
    private final Secret voteAuditSecret;
    private final DatabaseUsers users;

    DataStack(Construct scope, String id, StackProps props, InfraSettings settings, NetworkStack network) {
        super(scope, id, props);
        // Same stack as the media bucket: the log bucket's policy names the media bucket, so another stack would cycle.
        LogBucket accessLogs = new LogBucket(this, "AccessLogs");
        media = Bucket.Builder.create(this, "MediaBucket")
                .encryption(BucketEncryption.S3_MANAGED)
                .blockPublicAccess(BlockPublicAccess.BLOCK_ALL)
                .objectOwnership(ObjectOwnership.BUCKET_OWNER_ENFORCED)
                .enforceSsl(true)
                .serverAccessLogsBucket(accessLogs.bucket())
                .serverAccessLogsPrefix("media/")
                // A deleted or overwritten object stays recoverable for a while (a wrong delete, a bad release).
                .versioned(true)
                .lifecycleRules(mediaLifecycle(settings))
                .cors(mediaCors(settings))
                .removalPolicy(RemovalPolicy.RETAIN)
                .build();
        if (settings.cloudFront()) {
            allowCloudFrontToReadPublishedMedia();
        }
        database = new Database(this, "Database", network.vpc(), network.securityGroups().database(), settings);
        users = new DatabaseUsers(this, "DatabaseUsers");
        jwtSecret = Secret.Builder.create(this, "JwtSecret")
                .description("HS256 signing key of the ANB API tokens")
                // 64 alphanumerics ≈ 380 bits, above the 256 bits HS256 needs; no punctuation to survive env files.
                .generateSecretString(SecretStringGenerator.builder()
                        .passwordLength(64)
                        .excludePunctuation(true)
                        .build())
                .removalPolicy(RemovalPolicy.RETAIN)
                .build();
        // The key of the vote audit hashes (client address, subnet, user agent): without it the hashes in the database
        // cannot be turned back into addresses. Every node needs the same one, so limits and clusters match.
        voteAuditSecret = Secret.Builder.create(this, "VoteAuditSecret")
                .description("HMAC key of the ANB vote audit hashes")
                .generateSecretString(SecretStringGenerator.builder()
                        .passwordLength(64)
                        .excludePunctuation(true)
                        .build())
                .removalPolicy(RemovalPolicy.RETAIN)
                .build();
        CfnOutput.Builder.create(this, "MediaBucketName").value(media.getBucketName()).build();
        CfnOutput.Builder.create(this, "DatabaseInstanceId").value(database.instance().getInstanceIdentifier()).build();
        Nag.suppress(voteAuditSecret, "SMG4", "Rotating the key splits the vote audit trail; rotate by hand between "
                + "contests (docs/fair-vote.md).");
        Nag.suppress(jwtSecret, "SMG4", "Rotating the signing key logs every user out; rotate by hand (docs/deploy-aws.md).");
    }

    /**
     * CloudFront's origin access control signs as the CloudFront service; the condition keeps it to this account's
     * distributions. The distribution itself lives in AnbServices, which already depends on this stack, so naming
     * its ARN here would make the two stacks depend on each other.
     */
    private void allowCloudFrontToReadPublishedMedia() {
        media.addToResourcePolicy(PolicyStatement.Builder.create()
                .principals(List.of(new ServicePrincipal("cloudfront.amazonaws.com")))
                .actions(List.of("s3:GetObject"))
                .resources(PUBLISHED_PREFIXES.stream().map(prefix -> media.arnForObjects(prefix + "*")).toList())
                .conditions(Map.of("StringLike", Map.of("AWS:SourceArn",
                        "arn:" + Aws.PARTITION + ":cloudfront::" + getAccount() + ":distribution/*")))
                .build());
    }

    /**
     * Originals (uploads/) are read once by the worker and again only to re-process: to Infrequent Access after a
     * month, gone after the contest. Processed videos and thumbnails are what the site serves, kept. Older versions
     * of any object go after 30 days.
     */
    static List<LifecycleRule> mediaLifecycle(InfraSettings settings) {
        return List.of(
                LifecycleRule.builder()
                        .id("abort-abandoned-multipart-uploads")
                        .abortIncompleteMultipartUploadAfter(Duration.days(1))
                        .build(),
                LifecycleRule.builder()
                        .id("originals-to-infrequent-access-then-expire")
                        .prefix("uploads/")
                        .transitions(List.of(Transition.builder()
                                .storageClass(StorageClass.INFREQUENT_ACCESS)
                                .transitionAfter(Duration.days(settings.originalsInfrequentAccessDays()))
                                .build()))
                        .expiration(Duration.days(settings.originalsExpireDays()))
                        .build(),
                LifecycleRule.builder()
                        .id("old-versions-and-delete-markers")
                        .noncurrentVersionExpiration(Duration.days(30))
                        .expiredObjectDeleteMarker(true)
                        .build());
    }

    /**
     * The web UI PUTs upload parts straight to the bucket with presigned URLs (the URL is the credential; CORS only
     * lets the site's pages make the request) and reads each part's ETag to complete the upload. The site's origin
     * is its domain when one is set; otherwise CloudFront's or the load balancer's generated host, which another
     * stack creates after this one, hence the wildcards.
     */
    static List<CorsRule> mediaCors(InfraSettings settings) {
        List<String> origins = settings.domainName() != null ? List.of("https://" + settings.domainName())
                : List.of("https://*.cloudfront.net", "https://*.elb.amazonaws.com", "http://*.elb.amazonaws.com");
        return List.of(CorsRule.builder()
                .id("browser-upload-parts")
                .allowedOrigins(origins)
                .allowedMethods(List.of(HttpMethods.PUT))
                .allowedHeaders(List.of("*"))
                .exposedHeaders(List.of("ETag"))
                .maxAge(3600)
                .build());
    }

    DatabaseUsers users() {
        return users;
    }

    IBucket mediaBucket() {
        return media;
    }

    Database database() {
        return database;
    }

    ISecret jwtSecret() {
        return jwtSecret;
    }

    ISecret voteAuditSecret() {
        return voteAuditSecret;
    }
}
