package co.anb.showcase.infra;

import java.util.List;

import io.github.cdklabs.cdknag.RegexAppliesTo;
import software.amazon.awscdk.Annotations;
import software.amazon.awscdk.Aws;
import software.amazon.awscdk.CfnOutput;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.services.autoscaling.AutoScalingGroup;
import software.amazon.awscdk.services.ec2.UserData;
import software.amazon.awscdk.services.s3.Bucket;
import software.amazon.awscdk.services.s3.BucketAttributes;
import software.amazon.awscdk.services.s3.IBucket;
import software.amazon.awscdk.services.wafv2.CfnWebACLAssociation;
import software.constructs.Construct;

/**
 * The stateless compute: both tiers, their identities, the ALB, the edge (CloudFront or the ALB's HTTPS) with its
 * WAF, and the app log group. Safe to destroy and redeploy at any time.
 */
final class ServicesStack extends Stack {

    static final String DRAIN_HOOK_NAME = "drain-before-terminate";

    private final WebTier web;
    private final WorkerTier worker;
    private final AppLogs logs;
    private final CloudFrontEdge edge;

    ServicesStack(Construct scope, String id, StackProps props, InfraSettings settings, NetworkStack network,
                  DataStack data, MessagingStack messaging) {
        super(scope, id, props);
        String workerGroupName = getStackName() + "-workers";
        String workerGroupArn = "arn:" + Aws.PARTITION + ":autoscaling:" + getRegion() + ":" + getAccount()
                + ":autoScalingGroup:*:autoScalingGroupName/" + workerGroupName;
        logs = new AppLogs(this, "AppLogs", settings);

        List<String> artifactKeys = settings.architecture() == InfraSettings.Architecture.ARM64
                ? List.of(settings.jarKey(), settings.ffmpegKey()) : List.of(settings.jarKey());
        MailSending mail = messaging.mail();
        TierPermissions.Resources resources = new TierPermissions.Resources(data.mediaBucket(), messaging.jobs(),
                messaging.deadLetters(), settings.artifactsBucket(), artifactKeys, logs.group().getLogGroupArn(),
                mail.identityArn(), mail.configurationSetArn());
        DatabaseUsers users = data.users();

        InstanceIdentity webIdentity = new InstanceIdentity(this, "WebIdentity", settings, "web",
                TierPermissions.web(resources, List.of(data.database().secret(), users.api(), users.worker(),
                        data.jwtSecret(), data.voteAuditSecret())));
        UserData webUserData = UserData.forLinux();
        web = new WebTier(this, "Web", settings, network, webIdentity, webUserData, network.logBucket());
        edge = settings.cloudFront() ? cloudFrontEdge(data) : albFirewall();
        String mediaBaseUrl = edge != null ? "https://" + edge.domainName() : null;
        TierEnvironment.Inputs inputs = new TierEnvironment.Inputs(getRegion(), data.mediaBucket().getBucketName(),
                messaging.jobs().getQueueUrl(), messaging.deadLetters().getQueueUrl(),
                data.database().instance().getDbInstanceEndpointAddress(),
                data.database().instance().getDbInstanceEndpointPort(), data.database().secret().getSecretArn(),
                users.api().getSecretArn(), users.worker().getSecretArn(), data.jwtSecret().getSecretArn(),
                data.voteAuditSecret().getSecretArn(), workerGroupName, DRAIN_HOOK_NAME, mail.sender(),
                mail.configurationSetName(), "https://" + publicHost(settings), mediaBaseUrl);
        webUserData.addCommands(AppUserData.script(spec(settings, "api", TierEnvironment.web(settings, inputs),
                false, web.group())));

        InstanceIdentity workerIdentity = new InstanceIdentity(this, "WorkerIdentity", settings, "worker",
                TierPermissions.worker(resources, List.of(users.worker()), workerGroupArn));
        UserData workerUserData = UserData.forLinux();
        worker = new WorkerTier(this, "Worker", settings, network, workerIdentity, workerUserData, messaging.jobs(),
                workerGroupName, DRAIN_HOOK_NAME);
        workerUserData.addCommands(AppUserData.script(spec(settings, "worker",
                TierEnvironment.worker(settings, inputs), true, worker.group())));
        // The web tier creates the workers' database login and migrates: workers start (and roll) after it.
        worker.group().getNode().addDependency(web.group());

        CfnOutput.Builder.create(this, "Url").value("https://" + publicHost(settings)).build();
        CfnOutput.Builder.create(this, "WebGroupName").value(web.group().getAutoScalingGroupName()).build();
        CfnOutput.Builder.create(this, "WorkerGroupName").value(worker.group().getAutoScalingGroupName()).build();
        CfnOutput.Builder.create(this, "AppLogGroup").value(logs.group().getLogGroupName()).build();
        suppressScopedWildcards(webIdentity, workerIdentity);
    }

    private CloudFrontEdge cloudFrontEdge(DataStack data) {
        EdgeFirewall firewall = new EdgeFirewall(this, "EdgeFirewall", "CLOUDFRONT");
        // Imported by name: CloudFront's read access is granted by the bucket's own policy in AnbData (DataStack),
        // which cannot name this stack's distribution without a cycle between the two stacks.
        IBucket media = Bucket.fromBucketAttributes(this, "MediaBucket", BucketAttributes.builder()
                .bucketName(data.mediaBucket().getBucketName()).region(getRegion()).build());
        CloudFrontEdge cloudFront = new CloudFrontEdge(this, "Edge", web.loadBalancer(), firewall.arn(), media);
        Annotations.of(cloudFront).acknowledgeWarning("@aws-cdk/aws-cloudfront-origins:updateImportedBucketPolicyOac",
                "DataStack's bucket policy grants CloudFront the published prefixes.");
        return cloudFront;
    }

    private CloudFrontEdge albFirewall() {
        EdgeFirewall firewall = new EdgeFirewall(this, "EdgeFirewall", "REGIONAL");
        CfnWebACLAssociation.Builder.create(this, "EdgeFirewallOnAlb")
                .resourceArn(web.loadBalancer().getLoadBalancerArn())
                .webAclArn(firewall.arn())
                .build();
        return null;
    }

    private String publicHost(InfraSettings settings) {
        if (edge != null) {
            return edge.domainName();
        }
        return settings.domainName() != null ? settings.domainName() : web.loadBalancer().getLoadBalancerDnsName();
    }

    private AppUserData.Spec spec(InfraSettings settings, String role, java.util.Map<String, String> environment,
                                  boolean isWorker, AutoScalingGroup group) {
        String ffmpegKey = settings.architecture() == InfraSettings.Architecture.ARM64 ? settings.ffmpegKey() : null;
        return new AppUserData.Spec(role, getRegion(), settings.artifactsBucket(), settings.jarKey(), ffmpegKey,
                environment, isWorker, logs.group().getLogGroupName(), getStackName(),
                getLogicalId((software.amazon.awscdk.CfnElement) group.getNode().getDefaultChild()));
    }

    private static void suppressScopedWildcards(InstanceIdentity... identities) {
        for (InstanceIdentity identity : identities) {
            if (identity.policy() == null) {
                continue;
            }
            Nag.suppress(identity.policy(), "IAM5", "Object ARNs under the three media prefixes; "
                    + "cloudwatch:PutMetricData has no resource-level permissions (limited to the ANB namespace); ASG ARNs embed a generated "
                    + "UUID; log stream ARNs under the app's own log group.",
                    List.of(
                            RegexAppliesTo.builder()
                                    .regex("/^Resource::.*\\/(uploads|processed|thumbnails)\\/\\*$/g").build(),
                            "Resource::*",
                            RegexAppliesTo.builder()
                                    .regex("/^Resource::arn:<AWS::Partition>:autoscaling:.*:autoScalingGroup:\\*:autoScalingGroupName\\/.*$/g")
                                    .build(),
                            RegexAppliesTo.builder().regex("/^Resource::<AppLogsGroup.*\\.Arn>$/g").build()));
        }
    }

    WebTier web() {
        return web;
    }

    WorkerTier worker() {
        return worker;
    }

    AppLogs logs() {
        return logs;
    }
}
