package co.anb.showcase.infra;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.cdklabs.cdknag.RegexAppliesTo;
import software.amazon.awscdk.Aws;
import software.amazon.awscdk.CfnOutput;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.services.secretsmanager.ISecret;
import software.constructs.Construct;

/** The stateless compute: both tiers, their identities and the ALB. Safe to destroy and redeploy at any time. */
final class ServicesStack extends Stack {

    static final String DRAIN_HOOK_NAME = "drain-before-terminate";

    private final WebTier web;
    private final WorkerTier worker;

    ServicesStack(Construct scope, String id, StackProps props, InfraSettings settings, NetworkStack network,
                  DataStack data, MessagingStack messaging) {
        super(scope, id, props);
        String workerGroupName = getStackName() + "-workers";
        String workerGroupArn = "arn:" + Aws.PARTITION + ":autoscaling:" + getRegion() + ":" + getAccount()
                + ":autoScalingGroup:*:autoScalingGroupName/" + workerGroupName;

        ISecret dbSecret = data.database().secret();
        // The app refuses to start without a strong JWT_SECRET and VOTE_AUDIT_SECRET in every role, so the workers
        // read them too.
        TierPermissions.Resources resources = new TierPermissions.Resources(data.mediaBucket(), messaging.jobs(),
                messaging.deadLetters(), List.of(dbSecret, data.jwtSecret(), data.voteAuditSecret()), settings.artifactsBucket(),
                List.of(settings.appJarKey(), settings.ffmpegKey()));

        Map<String, String> common = new LinkedHashMap<>();
        common.put("SPRING_PROFILES_ACTIVE", "aws");
        common.put("AWS_REGION", getRegion());
        common.put("S3_BUCKET", data.mediaBucket().getBucketName());
        common.put("SQS_QUEUE_URL", messaging.jobs().getQueueUrl());
        common.put("SQS_DLQ_URL", messaging.deadLetters().getQueueUrl());
        common.put("WORKER_CONCURRENCY", Integer.toString(settings.workerConcurrency()));
        common.put("SERVER_PORT", Integer.toString(InfraSettings.APP_PORT));
        common.put("DB_SECRET_ARN", dbSecret.getSecretArn());
        common.put("JWT_SECRET_ARN", data.jwtSecret().getSecretArn());
        common.put("VOTE_AUDIT_SECRET_ARN", data.voteAuditSecret().getSecretArn());
        common.put("JAVA_OPTS", "-XX:MaxRAMPercentage=75 -Djava.io.tmpdir=/opt/anb/tmp");

        Map<String, String> webEnvironment = new LinkedHashMap<>(common);
        webEnvironment.put("ANB_ROLE", "api");
        webEnvironment.put("DB_POOL_SIZE", Integer.toString(settings.webDbPoolSize()));
        InstanceIdentity webIdentity = new InstanceIdentity(this, "WebIdentity", settings, "web",
                TierPermissions.web(resources));
        web = new WebTier(this, "Web", settings, network, webIdentity,
                AppUserData.of(spec(settings, "api", webEnvironment, false)), network.logBucket());

        Map<String, String> workerEnvironment = new LinkedHashMap<>(common);
        workerEnvironment.put("ANB_ROLE", "worker");
        workerEnvironment.put("DB_POOL_SIZE", Integer.toString(settings.workerDbPoolSize()));
        workerEnvironment.put("WORKER_ASG_NAME", workerGroupName);
        workerEnvironment.put("WORKER_LIFECYCLE_HOOK_NAME", DRAIN_HOOK_NAME);
        InstanceIdentity workerIdentity = new InstanceIdentity(this, "WorkerIdentity", settings, "worker",
                TierPermissions.worker(resources, workerGroupArn));
        worker = new WorkerTier(this, "Worker", settings, network, workerIdentity,
                AppUserData.of(spec(settings, "worker", workerEnvironment, true)), messaging.jobs(),
                workerGroupName, DRAIN_HOOK_NAME);

        CfnOutput.Builder.create(this, "Url")
                .value((settings.https() ? "https://" : "http://") + web.loadBalancer().getLoadBalancerDnsName())
                .build();
        CfnOutput.Builder.create(this, "WebGroupName").value(web.group().getAutoScalingGroupName()).build();
        CfnOutput.Builder.create(this, "WorkerGroupName").value(worker.group().getAutoScalingGroupName()).build();
        suppressScopedWildcards(webIdentity, workerIdentity);
    }

    private AppUserData.Spec spec(InfraSettings settings, String role, Map<String, String> environment, boolean drain) {
        return new AppUserData.Spec(role, getRegion(), settings.artifactsBucket(), settings.appJarKey(),
                settings.ffmpegKey(), environment, drain);
    }

    private static void suppressScopedWildcards(InstanceIdentity... identities) {
        for (InstanceIdentity identity : identities) {
            if (identity.policy() == null) {
                continue;
            }
            Nag.suppress(identity.policy(), "IAM5", "Object ARNs under the three media prefixes; cloudwatch:PutMetricData "
                    + "has no resource-level permissions (limited to the ANB namespace); ASG ARNs embed a generated UUID.",
                    List.of(
                            RegexAppliesTo.builder()
                                    .regex("/^Resource::.*\\/(uploads|processed|thumbnails)\\/\\*$/g").build(),
                            "Resource::*",
                            RegexAppliesTo.builder()
                                    .regex("/^Resource::arn:<AWS::Partition>:autoscaling:.*:autoScalingGroup:\\*:autoScalingGroupName\\/.*$/g")
                                    .build()));
        }
    }

    WebTier web() {
        return web;
    }

    WorkerTier worker() {
        return worker;
    }
}
