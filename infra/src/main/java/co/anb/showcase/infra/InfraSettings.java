package co.anb.showcase.infra;

import java.util.function.Function;

import software.constructs.Node;

/**
 * Every knob of the deployment, read once from CDK context ({@code cdk deploy -c key=value} or cdk.json).
 * Defaults are the sizes the cost estimate in docs/deploy-aws.md is computed for.
 */
record InfraSettings(
        String account,
        String region,
        int azCount,
        int natGateways,
        String artifactsBucket,
        String appVersion,
        String ffmpegKey,
        Architecture architecture,
        String amiId,
        String certificateArn,
        String domainName,
        String cloudFrontPrefixListId,
        String existingInstanceRoleName,
        String existingInstanceProfileName,
        String alarmEmail,
        String mailFrom,
        String mailFromDomain,
        String webInstanceType,
        String workerInstanceType,
        String dbInstanceType,
        int webMinCapacity,
        int webMaxCapacity,
        int workerMinCapacity,
        int workerMaxCapacity,
        int workerConcurrency,
        int webDbPoolSize,
        int workerDbPoolSize,
        double workerBacklogTarget,
        int jobVisibilitySeconds,
        int queueDepthAlarmThreshold,
        int logRetentionDays,
        int originalsInfrequentAccessDays,
        int originalsExpireDays,
        boolean dbDeletionProtection,
        boolean bootstrapless) {

    /** The app listens here; the ALB targets it and the web security group opens only it. */
    static final int APP_PORT = 8080;

    /** Namespace the app's Micrometer CloudWatch registry publishes to; PutMetricData is limited to it. */
    static final String METRICS_NAMESPACE = "ANB";

    /** CPU architecture of both tiers: instance types, AMI and FFmpeg follow it. */
    enum Architecture {
        X86_64("t3.small", "c6i.large"),
        ARM64("t4g.small", "c7g.large");

        final String defaultWebType;
        final String defaultWorkerType;

        Architecture(String defaultWebType, String defaultWorkerType) {
            this.defaultWebType = defaultWebType;
            this.defaultWorkerType = defaultWorkerType;
        }

        static Architecture parse(String value) {
            return value == null ? X86_64 : valueOf(value.trim().toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
        }
    }

    InfraSettings {
        require(account != null && !account.isBlank(), "no AWS account: run through the CDK CLI or pass -c account=...");
        require(region != null && !region.isBlank(), "no AWS region: run through the CDK CLI or pass -c region=...");
        require(azCount >= 2 && azCount <= 3, "azCount must be 2 or 3, got " + azCount);
        require(natGateways >= 1 && natGateways <= azCount, "natGateways must be between 1 and azCount");
        require(artifactsBucket != null && !artifactsBucket.isBlank(),
                "artifactsBucket is required: the bucket holding the release jar (see docs/deploy-aws.md)");
        require(appVersion != null && appVersion.matches("[0-9A-Za-z._-]+"),
                "appVersion is required (e.g. -c appVersion=0.1.0): the jar is read from releases/<appVersion>/");
        require(amiId == null || amiId.startsWith("ami-"), "amiId must look like ami-...");
        require(domainName == null || certificateArn != null, "domainName needs certificateArn (its ACM certificate)");
        // CloudFront's WAF must be created in us-east-1; elsewhere, give a domain and its certificate.
        require(certificateArn != null || "us-east-1".equals(region),
                "without certificateArn the site is served by CloudFront, whose WAF must be in us-east-1: deploy "
                        + "there or pass -c certificateArn=... (and domainName) for HTTPS on the ALB");
        require(mailFrom != null && mailFrom.matches("[^@\\s<>]+@[^@\\s<>]+\\.[^@\\s<>]+"), "mailFrom (the "
                + "sender address of the app's mails, verified in SES) is required unless mailFromDomain or domainName is");
        require(mailFromDomain == null || mailFrom.endsWith("@" + mailFromDomain),
                "mailFrom must be an address at mailFromDomain");
        require(logRetentionDays >= 1, "logRetentionDays must be positive");
        require(originalsInfrequentAccessDays >= 30, "originalsInfrequentAccessDays must be at least 30 (S3 minimum)");
        require(originalsExpireDays > originalsInfrequentAccessDays,
                "originalsExpireDays must be after originalsInfrequentAccessDays");
        require(webMinCapacity >= 1 && webMinCapacity <= webMaxCapacity, "need 1 <= webMinCapacity <= webMaxCapacity");
        require(workerMinCapacity >= 1 && workerMinCapacity <= workerMaxCapacity,
                "need 1 <= workerMinCapacity <= workerMaxCapacity");
        require(workerConcurrency >= 1, "workerConcurrency must be at least 1");
        require(webDbPoolSize >= 2 && workerDbPoolSize >= 2, "webDbPoolSize and workerDbPoolSize must be at least 2");
        require(workerBacklogTarget > 0, "workerBacklogTarget must be positive");
        require(jobVisibilitySeconds >= 60 && jobVisibilitySeconds <= 43_200, "jobVisibilitySeconds must be 60..43200");
    }

    static InfraSettings from(Node node) {
        Function<String, String> text = key -> {
            Object value = node.tryGetContext(key);
            return value == null || value.toString().isBlank() ? null : value.toString().trim();
        };
        int azCount = intOr(text.apply("azCount"), 2);
        String roleName = text.apply("existingInstanceRoleName");
        Architecture architecture = Architecture.parse(text.apply("architecture"));
        // The site's own domain is the natural sending domain; an address alone is verified by a link SES mails it.
        String mailFromDomain = or(text.apply("mailFromDomain"), text.apply("domainName"));
        return new InfraSettings(
                or(text.apply("account"), System.getenv("CDK_DEFAULT_ACCOUNT")),
                or(text.apply("region"), System.getenv("CDK_DEFAULT_REGION")),
                azCount,
                // One NAT gateway per zone keeps egress alive when a zone fails; -c natGateways=1 trades that for cost.
                intOr(text.apply("natGateways"), azCount),
                text.apply("artifactsBucket"),
                text.apply("appVersion"),
                // Only the arm64 tiers need it: on x86-64 the app runs the FFmpeg bundled in its jar.
                or(text.apply("ffmpegKey"), "tools/ffmpeg-release-arm64-static.tar.xz"),
                architecture,
                // Unset: the current AL2023 image, looked up once and pinned in cdk.context.json (docs/deploy-aws.md).
                text.apply("amiId"),
                text.apply("certificateArn"),
                text.apply("domainName"),
                // com.amazonaws.global.cloudfront.origin-facing in us-east-1, where the CloudFront mode deploys.
                or(text.apply("cloudFrontPrefixListId"), "pl-3b927c52"),
                roleName,
                or(text.apply("existingInstanceProfileName"), roleName),
                text.apply("alarmEmail"),
                or(text.apply("mailFrom"), mailFromDomain == null ? null : "no-reply@" + mailFromDomain),
                mailFromDomain,
                or(text.apply("webInstanceType"), architecture.defaultWebType),
                // Compute-optimised, not burstable: FFmpeg would drain a t3's CPU credits in minutes.
                or(text.apply("workerInstanceType"), architecture.defaultWorkerType),
                or(text.apply("dbInstanceType"), "t4g.micro"),
                intOr(text.apply("webMinCapacity"), 2),
                intOr(text.apply("webMaxCapacity"), 3),
                intOr(text.apply("workerMinCapacity"), 1),
                intOr(text.apply("workerMaxCapacity"), 3),
                // One job per core, as the app's own default: a second render fills the gaps of the first one's
                // transfers and is never slower under a backlog (docs/processing.md).
                intOr(text.apply("workerConcurrency"), 2),
                // Each instance holds its whole pool open, and db.t4g.micro accepts about 100 connections: 3 web
                // and 3 worker instances at the app's default of 20 would need 120 (docs/capacity.md, section 5).
                intOr(text.apply("webDbPoolSize"), 15),
                intOr(text.apply("workerDbPoolSize"), 5),
                // Chosen on the scaling model (docs/capacity.md, section 7): scale-out only, a slow scale-in apart.
                Double.parseDouble(or(text.apply("workerBacklogTarget"), "3")),
                // At least twice the worst job we measured (a 100 MB upload); the worker's heartbeat extends it anyway.
                intOr(text.apply("jobVisibilitySeconds"), 900),
                intOr(text.apply("queueDepthAlarmThreshold"), 50),
                intOr(text.apply("logRetentionDays"), 30),
                intOr(text.apply("originalsInfrequentAccessDays"), 30),
                // A contest lasts weeks; originals are only needed to re-process, so they go some months after it.
                intOr(text.apply("originalsExpireDays"), 180),
                Boolean.parseBoolean(or(text.apply("dbDeletionProtection"), "true")),
                // For accounts that cannot run `cdk bootstrap` (it creates IAM roles): deploy with the caller's
                // credentials. Possible because these stacks have no file assets and small templates.
                Boolean.parseBoolean(or(text.apply("bootstrapless"), "false")));
    }

    /** HTTPS on the ALB with the given ACM certificate; without one, CloudFront's default certificate in front. */
    boolean albHttps() {
        return certificateArn != null;
    }

    boolean cloudFront() {
        return certificateArn == null;
    }

    String jarKey() {
        return "releases/" + appVersion + "/anb-showcase-app.jar";
    }

    boolean usesExistingRole() {
        return existingInstanceRoleName != null;
    }

    private static String or(String value, String fallback) {
        return value != null ? value : fallback;
    }

    private static int intOr(String value, int fallback) {
        return value != null ? Integer.parseInt(value) : fallback;
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
