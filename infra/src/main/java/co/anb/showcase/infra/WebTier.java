package co.anb.showcase.infra;

import java.util.List;

import software.amazon.awscdk.Duration;
import software.amazon.awscdk.services.autoscaling.AdditionalHealthCheckType;
import software.amazon.awscdk.services.autoscaling.AdditionalHealthChecksOptions;
import software.amazon.awscdk.services.autoscaling.AutoScalingGroup;
import software.amazon.awscdk.services.autoscaling.CpuUtilizationScalingProps;
import software.amazon.awscdk.services.autoscaling.GroupMetrics;
import software.amazon.awscdk.services.autoscaling.HealthChecks;
import software.amazon.awscdk.services.ec2.IVpc;
import software.amazon.awscdk.services.ec2.UserData;
import software.amazon.awscdk.services.elasticloadbalancingv2.ApplicationLoadBalancer;
import software.amazon.awscdk.services.elasticloadbalancingv2.ApplicationProtocol;
import software.amazon.awscdk.services.elasticloadbalancingv2.ApplicationTargetGroup;
import software.amazon.awscdk.services.elasticloadbalancingv2.BaseApplicationListenerProps;
import software.amazon.awscdk.services.elasticloadbalancingv2.HealthCheck;
import software.amazon.awscdk.services.elasticloadbalancingv2.ListenerAction;
import software.amazon.awscdk.services.elasticloadbalancingv2.ListenerCertificate;
import software.amazon.awscdk.services.elasticloadbalancingv2.RedirectOptions;
import software.amazon.awscdk.services.elasticloadbalancingv2.SslPolicy;
import software.amazon.awscdk.services.elasticloadbalancingv2.TargetType;
import software.amazon.awscdk.services.s3.IBucket;
import software.constructs.Construct;

/** Internet-facing ALB in front of the API instances, which scale on CPU; behind CloudFront without a domain. */
final class WebTier extends Construct {

    static final String HEALTH_CHECK_PATH = "/api/health";
    static final double CPU_TARGET_PERCENT = 70;
    /** A 100 MB upload over a slow 5 Mbit/s uplink takes about 160 s; the ALB default of 60 s would cut it. */
    static final Duration IDLE_TIMEOUT = Duration.seconds(300);

    private final AutoScalingGroup group;
    private final ApplicationLoadBalancer loadBalancer;
    private final ApplicationTargetGroup targets;

    WebTier(Construct scope, String id, InfraSettings settings, NetworkStack network, InstanceIdentity identity,
            UserData userData, IBucket logBucket) {
        super(scope, id);
        IVpc vpc = network.vpc();
        group = AutoScalingGroup.Builder.create(this, "Group")
                .vpc(vpc)
                .vpcSubnets(NetworkStack.APP)
                .launchTemplate(AppLaunchTemplate.create(this, "LaunchTemplate", settings, settings.webInstanceType(),
                        network.securityGroups().web(), identity, userData))
                .minCapacity(settings.webMinCapacity())
                .maxCapacity(settings.webMaxCapacity())
                // Replace an instance whose app stops answering the ALB, not only one whose VM is down.
                .healthChecks(HealthChecks.withAdditionalChecks(AdditionalHealthChecksOptions.builder()
                        .additionalTypes(List.of(AdditionalHealthCheckType.ELB))
                        .gracePeriod(Duration.minutes(5))
                        .build()))
                .defaultInstanceWarmup(Duration.minutes(3))
                .cooldown(Duration.minutes(3))
                .groupMetrics(List.of(GroupMetrics.all()))
                // A release adds a ready instance before removing an old one (ReleasePolicy).
                .updatePolicy(ReleasePolicy.rollingUpdate(settings.webMinCapacity(), settings.webMaxCapacity()))
                .build();
        identity.mustBeReadyBefore(group);
        ReleasePolicy.waitForSignals(group, settings.webMinCapacity());
        group.scaleOnCpuUtilization("CpuTarget", CpuUtilizationScalingProps.builder()
                .targetUtilizationPercent(CPU_TARGET_PERCENT)
                .build());
        Nag.suppress(group, "AS3", "Scale events are routine here; failures page through the CloudWatch alarms instead.");

        loadBalancer = ApplicationLoadBalancer.Builder.create(this, "Alb")
                .vpc(vpc)
                .vpcSubnets(NetworkStack.PUBLIC)
                .internetFacing(true)
                .securityGroup(network.securityGroups().alb())
                .idleTimeout(IDLE_TIMEOUT)
                .dropInvalidHeaderFields(true)
                .build();
        loadBalancer.logAccessLogs(logBucket, "alb");

        targets = ApplicationTargetGroup.Builder.create(this, "Targets")
                .vpc(vpc)
                .port(InfraSettings.APP_PORT)
                .protocol(ApplicationProtocol.HTTP)
                .targetType(TargetType.INSTANCE)
                .targets(List.of(group))
                .healthCheck(HealthCheck.builder()
                        .path(HEALTH_CHECK_PATH)
                        .healthyHttpCodes("200")
                        .interval(Duration.seconds(15))
                        .healthyThresholdCount(2)
                        .unhealthyThresholdCount(3)
                        .build())
                // Long enough for an in-flight upload to finish when an instance leaves.
                .deregistrationDelay(Duration.seconds(120))
                .build();
        addListeners(settings);
    }

    private void addListeners(InfraSettings settings) {
        // open(false): the security groups construct owns every ingress rule.
        if (settings.cloudFront()) {
            // Reached only by CloudFront (security group), which holds the HTTPS and redirects HTTP.
            loadBalancer.addListener("Http", BaseApplicationListenerProps.builder()
                    .port(80).protocol(ApplicationProtocol.HTTP).open(false)
                    .defaultTargetGroups(List.of(targets))
                    .build());
            return;
        }
        loadBalancer.addListener("Https", BaseApplicationListenerProps.builder()
                .port(443).protocol(ApplicationProtocol.HTTPS).open(false)
                .certificates(List.of(ListenerCertificate.fromArn(settings.certificateArn())))
                .sslPolicy(SslPolicy.RECOMMENDED_TLS)
                .defaultTargetGroups(List.of(targets))
                .build());
        loadBalancer.addListener("Http", BaseApplicationListenerProps.builder()
                .port(80).protocol(ApplicationProtocol.HTTP).open(false)
                .defaultAction(ListenerAction.redirect(RedirectOptions.builder()
                        .protocol("HTTPS").port("443").permanent(true).build()))
                .build());
    }

    AutoScalingGroup group() {
        return group;
    }

    ApplicationLoadBalancer loadBalancer() {
        return loadBalancer;
    }

    ApplicationTargetGroup targets() {
        return targets;
    }
}
