package co.anb.showcase.infra;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import software.amazon.awscdk.Aws;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.s3.IBucket;
import software.amazon.awscdk.services.secretsmanager.ISecret;
import software.amazon.awscdk.services.sqs.IQueue;

/**
 * Least-privilege statements per tier, each naming its resources. The only {@code *} resource is
 * cloudwatch:PutMetricData, which has no resource-level permissions; a namespace condition narrows it instead.
 */
final class TierPermissions {

    /** The media prefixes of SPEC §5; nothing else in the bucket is reachable. */
    static final List<String> MEDIA_PREFIXES = List.of("uploads/", "processed/", "thumbnails/");

    /** What both tiers touch; {@code logGroupArn} is the app log group's ARN (ending in {@code :*}). */
    record Resources(IBucket media, IQueue jobs, IQueue deadLetters, String artifactsBucket,
                     List<String> artifactKeys, String logGroupArn, String mailIdentityArn,
                     String mailConfigurationSetArn) {
    }

    private TierPermissions() {
    }

    /** The web tier reads the master secret (it migrates and creates the tier roles) and every tier's login. */
    static List<PolicyStatement> web(Resources r, List<ISecret> secrets) {
        List<PolicyStatement> statements = common(r, secrets);
        // Enqueue only. GetQueueUrl/GetQueueAttributes let the SQS client resolve and check the queue at start.
        statements.add(allow(List.of("sqs:SendMessage", "sqs:GetQueueUrl", "sqs:GetQueueAttributes"),
                List.of(r.jobs().getQueueArn())));
        // Only the api mails (verification links). SES authorizes a send against the sender's identity and the
        // configuration set it names, so both are listed and nothing else; the worker sends no mail.
        statements.add(allow(List.of("ses:SendEmail", "ses:SendRawEmail"),
                List.of(r.mailIdentityArn(), r.mailConfigurationSetArn())));
        return statements;
    }

    /** The worker parses untrusted video: its own database login only, no signing key, no master secret. */
    static List<PolicyStatement> worker(Resources r, List<ISecret> secrets, String workerGroupArn) {
        List<PolicyStatement> statements = common(r, secrets);
        statements.add(allow(List.of("sqs:ReceiveMessage", "sqs:DeleteMessage", "sqs:ChangeMessageVisibility",
                        "sqs:GetQueueAttributes", "sqs:GetQueueUrl"),
                List.of(r.jobs().getQueueArn(), r.deadLetters().getQueueArn())));
        // The outbox relay and the stalled-job sweeper run on workers too, and re-send jobs.
        statements.add(allow(List.of("sqs:SendMessage"), List.of(r.jobs().getQueueArn())));
        // The drain script completes the terminating hook, the app may toggle protection, and the health check
        // reports a worker whose app is not ready as unhealthy, so Auto Scaling replaces it.
        statements.add(allow(List.of("autoscaling:CompleteLifecycleAction",
                        "autoscaling:RecordLifecycleActionHeartbeat", "autoscaling:SetInstanceProtection",
                        "autoscaling:SetInstanceHealth"),
                List.of(workerGroupArn)));
        return statements;
    }

    private static List<PolicyStatement> common(Resources r, List<ISecret> secrets) {
        List<PolicyStatement> statements = new ArrayList<>();
        statements.add(allow(List.of("s3:GetObject"), r.artifactKeys().stream()
                .map(key -> "arn:" + Aws.PARTITION + ":s3:::" + r.artifactsBucket() + "/" + key)
                .toList()));
        statements.add(allow(List.of("s3:GetObject", "s3:PutObject", "s3:DeleteObject", "s3:AbortMultipartUpload"),
                MEDIA_PREFIXES.stream().map(prefix -> r.media().arnForObjects(prefix + "*")).toList()));
        statements.add(allow(List.of("secretsmanager:GetSecretValue"),
                secrets.stream().map(ISecret::getSecretArn).toList()));
        // cfn-signal: the instance reports its app ready to the stack that launched it (ReleasePolicy).
        statements.add(allow(List.of("cloudformation:SignalResource"), List.of(Aws.STACK_ID)));
        // The CloudWatch agent ships the app's log; it creates one stream per instance in the stack's log group.
        statements.add(allow(List.of("logs:CreateLogStream", "logs:PutLogEvents", "logs:DescribeLogStreams"),
                List.of(r.logGroupArn())));
        statements.add(PolicyStatement.Builder.create()
                .actions(List.of("cloudwatch:PutMetricData"))
                .resources(List.of("*"))
                .conditions(Map.of("StringEquals", Map.of("cloudwatch:namespace", InfraSettings.METRICS_NAMESPACE)))
                .build());
        return statements;
    }

    private static PolicyStatement allow(List<String> actions, List<String> resources) {
        return PolicyStatement.Builder.create().actions(actions).resources(resources).build();
    }
}
