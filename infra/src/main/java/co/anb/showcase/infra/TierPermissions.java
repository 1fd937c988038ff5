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

    record Resources(IBucket media, IQueue jobs, IQueue deadLetters, List<ISecret> secrets,
                     String artifactsBucket, List<String> artifactKeys) {
    }

    private TierPermissions() {
    }

    static List<PolicyStatement> web(Resources r) {
        List<PolicyStatement> statements = common(r);
        // Enqueue only. GetQueueUrl/GetQueueAttributes let the SQS client resolve and check the queue at start.
        statements.add(allow(List.of("sqs:SendMessage", "sqs:GetQueueUrl", "sqs:GetQueueAttributes"),
                List.of(r.jobs().getQueueArn())));
        return statements;
    }

    static List<PolicyStatement> worker(Resources r, String workerGroupArn) {
        List<PolicyStatement> statements = common(r);
        statements.add(allow(List.of("sqs:ReceiveMessage", "sqs:DeleteMessage", "sqs:ChangeMessageVisibility",
                        "sqs:GetQueueAttributes", "sqs:GetQueueUrl"),
                List.of(r.jobs().getQueueArn(), r.deadLetters().getQueueArn())));
        // Busy-worker protection: the drain script completes the terminating hook, the app may toggle protection.
        statements.add(allow(List.of("autoscaling:CompleteLifecycleAction",
                        "autoscaling:RecordLifecycleActionHeartbeat", "autoscaling:SetInstanceProtection"),
                List.of(workerGroupArn)));
        return statements;
    }

    private static List<PolicyStatement> common(Resources r) {
        List<PolicyStatement> statements = new ArrayList<>();
        statements.add(allow(List.of("s3:GetObject"), r.artifactKeys().stream()
                .map(key -> "arn:" + Aws.PARTITION + ":s3:::" + r.artifactsBucket() + "/" + key)
                .toList()));
        statements.add(allow(List.of("s3:GetObject", "s3:PutObject", "s3:DeleteObject", "s3:AbortMultipartUpload"),
                MEDIA_PREFIXES.stream().map(prefix -> r.media().arnForObjects(prefix + "*")).toList()));
        statements.add(allow(List.of("secretsmanager:GetSecretValue"),
                r.secrets().stream().map(ISecret::getSecretArn).toList()));
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
