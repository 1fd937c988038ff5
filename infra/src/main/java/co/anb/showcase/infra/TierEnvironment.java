package co.anb.showcase.infra;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The environment file of each tier: names, ARNs and settings only, never a secret. Spring reads most of it through
 * relaxed binding (e.g. {@code SERVER_FORWARD_HEADERS_STRATEGY} is {@code server.forward-headers-strategy}).
 */
final class TierEnvironment {

    /** The heap share of the instance's memory: the worker leaves most of it to FFmpeg, the web tier needs it all. */
    static final int WEB_HEAP_PERCENT = 75;
    static final int WORKER_HEAP_PERCENT = 40;
    /** FFmpeg's memory ceiling per render on a worker (RLIMIT_DATA). */
    static final String RENDER_MEMORY = "1GB";
    /** Tomcat trusts X-Forwarded-* only from the ALB, whose addresses are in the VPC. */
    static final String VPC_PROXIES = NetworkStack.CIDR_PREFIX.replace(".", "\\.") + "\\.\\d{1,3}\\.\\d{1,3}";

    /**
     * What each tier's environment is built from; every value may be a token. {@code siteUrl} is the public origin
     * of the site (links in mails), {@code mediaBaseUrl} the CDN origin of published media, or null when the app
     * serves them itself (no CloudFront).
     */
    record Inputs(String region, String bucket, String queueUrl, String dlqUrl, String dbHost, String dbPort,
                  String masterSecretArn, String apiSecretArn, String workerSecretArn, String jwtSecretArn,
                  String voteAuditSecretArn, String workerGroupName, String drainHookName, String mailFrom,
                  String mailConfigurationSet, String siteUrl, String mediaBaseUrl) {
    }

    private TierEnvironment() {
    }

    static Map<String, String> web(InfraSettings settings, Inputs in) {
        Map<String, String> env = common(settings, in, "api", settings.webDbPoolSize(), WEB_HEAP_PERCENT);
        env.put("DB_SECRET_ARN", in.apiSecretArn());
        // Only the web tier migrates (as the master) and creates the tier logins.
        env.put("DB_MASTER_SECRET_ARN", in.masterSecretArn());
        env.put("DB_API_SECRET_ARN", in.apiSecretArn());
        env.put("DB_WORKER_SECRET_ARN", in.workerSecretArn());
        env.put("JWT_SECRET_ARN", in.jwtSecretArn());
        // only the api casts votes: the worker neither needs nor reads the vote audit key
        env.put("VOTE_AUDIT_SECRET_ARN", in.voteAuditSecretArn());
        // Behind the ALB: the client's scheme and address come from X-Forwarded-*, so HSTS and redirects see HTTPS.
        env.put("SERVER_FORWARD_HEADERS_STRATEGY", "native");
        env.put("SERVER_TOMCAT_REMOTEIP_INTERNAL_PROXIES", VPC_PROXIES);
        if (settings.cloudFront()) {
            // CloudFront reaches the ALB over HTTP, so the ALB's X-Forwarded-Proto says http; the viewer's scheme is
            // in the header CloudFront sets itself (a viewer cannot), trusted only from the ALB as above.
            env.put("SERVER_TOMCAT_REMOTEIP_PROTOCOL_HEADER", "CloudFront-Forwarded-Proto");
            // The ALB's X-Forwarded-Port (80) would make links https://host:80/. A port header whose value is never a
            // number (https) leaves Tomcat on the scheme's default port, 443.
            env.put("SERVER_TOMCAT_REMOTEIP_PORT_HEADER", "CloudFront-Forwarded-Proto");
            // X-Forwarded-For ends with the edge's address: the viewer's, for per-address limits, is CloudFront's own.
            env.put("VIEWER_ADDRESS_HEADER", "CloudFront-Viewer-Address");
        }
        // Only the api mails: through SES with the instance role (the aws profile picks anb.mail.transport=ses).
        env.put("MAIL_FROM", in.mailFrom());
        env.put("MAIL_CONFIGURATION_SET", in.mailConfigurationSet());
        env.put("PUBLIC_BASE_URL", in.siteUrl());
        if (in.mediaBaseUrl() != null) {
            env.put("MEDIA_BASE_URL", in.mediaBaseUrl());
        }
        return env;
    }

    static Map<String, String> worker(InfraSettings settings, Inputs in) {
        Map<String, String> env = common(settings, in, "worker", settings.workerDbPoolSize(), WORKER_HEAP_PERCENT);
        env.put("DB_SECRET_ARN", in.workerSecretArn());
        env.put("SPRING_FLYWAY_ENABLED", "false");
        env.put("WORKER_ASG_NAME", in.workerGroupName());
        env.put("WORKER_LIFECYCLE_HOOK_NAME", in.drainHookName());
        // Renders at once share what the 40 % heap leaves of 4 GiB: 1 GB each is three times the peak of a 4K 60 fps
        // input (330 MB), and two of them cannot take the instance's memory from the JVM.
        env.put("ANB_FFMPEG_FFMPEGMEMORY", RENDER_MEMORY);
        return env;
    }

    private static Map<String, String> common(InfraSettings settings, Inputs in, String role, int poolSize,
                                              int heapPercent) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("ANB_ROLE", role);
        env.put("SPRING_PROFILES_ACTIVE", "aws");
        env.put("AWS_REGION", in.region());
        env.put("S3_BUCKET", in.bucket());
        env.put("SQS_QUEUE_URL", in.queueUrl());
        env.put("SQS_DLQ_URL", in.dlqUrl());
        env.put("WORKER_CONCURRENCY", Integer.toString(settings.workerConcurrency()));
        env.put("SERVER_PORT", Integer.toString(InfraSettings.APP_PORT));
        env.put("DB_POOL_SIZE", Integer.toString(poolSize));
        env.put("DB_HOST", in.dbHost());
        env.put("DB_PORT", in.dbPort());
        env.put("DB_NAME", Database.NAME);
        // Full JIT (no TieredStopAtLevel): these processes run for days.
        env.put("JAVA_OPTS", "-XX:MaxRAMPercentage=" + heapPercent + " -Djava.io.tmpdir=/opt/anb/tmp");
        publishOnlyTheMetersInUse(env);
        if (settings.architecture() == InfraSettings.Architecture.ARM64) {
            // The jar bundles FFmpeg for x86-64 only; on arm64 the app runs the static build the user data unpacks.
            env.put("FFMPEG_PATH", "/opt/ffmpeg/ffmpeg");
            env.put("FFPROBE_PATH", "/opt/ffmpeg/ffprobe");
        }
        return env;
    }

    /**
     * CloudWatch bills each metric: only the app's own meters (anb.*: the dashboard's processing panels and the
     * dead-letter alarm) are published, not the JVM, HTTP and pool meters Spring Boot registers by default.
     */
    private static void publishOnlyTheMetersInUse(Map<String, String> env) {
        env.put("MANAGEMENT_METRICS_ENABLE_ALL", "false");
        env.put("MANAGEMENT_METRICS_ENABLE_ANB_PROCESSING_DURATION", "true");
        env.put("MANAGEMENT_METRICS_ENABLE_ANB_JOBS", "true");
    }
}
