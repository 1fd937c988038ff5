package co.anb.showcase.infra;

import java.util.List;

import software.amazon.awscdk.Duration;
import software.amazon.awscdk.services.autoscaling.AutoScalingGroup;
import software.amazon.awscdk.services.autoscaling.BasicLifecycleHookProps;
import software.amazon.awscdk.services.autoscaling.CfnScalingPolicy;
import software.amazon.awscdk.services.autoscaling.CfnScalingPolicy.CustomizedMetricSpecificationProperty;
import software.amazon.awscdk.services.autoscaling.CfnScalingPolicy.MetricDimensionProperty;
import software.amazon.awscdk.services.autoscaling.CfnScalingPolicy.MetricProperty;
import software.amazon.awscdk.services.autoscaling.CfnScalingPolicy.TargetTrackingConfigurationProperty;
import software.amazon.awscdk.services.autoscaling.CfnScalingPolicy.TargetTrackingMetricDataQueryProperty;
import software.amazon.awscdk.services.autoscaling.CfnScalingPolicy.TargetTrackingMetricStatProperty;
import software.amazon.awscdk.services.autoscaling.DefaultResult;
import software.amazon.awscdk.services.autoscaling.GroupMetrics;
import software.amazon.awscdk.services.autoscaling.LifecycleTransition;
import software.amazon.awscdk.services.ec2.UserData;
import software.amazon.awscdk.services.sqs.IQueue;
import software.constructs.Construct;

/**
 * The FFmpeg workers. They scale out on backlog per instance, the metric AWS recommends for queue consumers:
 * (visible + in-flight messages) / in-service instances, kept under {@code workerBacklogTarget} by target tracking
 * with its scale-in disabled; {@link WorkerScaleIn} brings the group down slowly. Chosen on the model of
 * docs/capacity.md (section 7): target tracking's own scale-in cut the group below the load and it oscillated.
 */
final class WorkerTier extends Construct {

    /** The drain script completes this hook; until then a scaled-in worker keeps running its jobs. */
    static final Duration DRAIN_TIMEOUT = Duration.seconds(AppUserData.STOP_TIMEOUT_SECONDS + 180);
    static final String BACKLOG_EXPRESSION = "(visible + inflight) / inservice";

    private final AutoScalingGroup group;

    WorkerTier(Construct scope, String id, InfraSettings settings, NetworkStack network, InstanceIdentity identity,
               UserData userData, IQueue jobs, String groupName, String hookName) {
        super(scope, id);
        group = AutoScalingGroup.Builder.create(this, "Group")
                // Named, so the worker's IAM policy and user data can point at it without a dependency cycle.
                .autoScalingGroupName(groupName)
                .vpc(network.vpc())
                .vpcSubnets(NetworkStack.APP)
                .launchTemplate(AppLaunchTemplate.create(this, "LaunchTemplate", settings,
                        settings.workerInstanceType(), network.securityGroups().worker(), identity, userData))
                .minCapacity(settings.workerMinCapacity())
                .maxCapacity(settings.workerMaxCapacity())
                .defaultInstanceWarmup(Duration.minutes(3))
                .cooldown(Duration.minutes(3))
                // GroupInServiceInstances feeds the scaling math and the "no worker" alarm.
                .groupMetrics(List.of(GroupMetrics.all()))
                .updatePolicy(ReleasePolicy.rollingUpdate(settings.workerMinCapacity(), settings.workerMaxCapacity()))
                .build();
        identity.mustBeReadyBefore(group);
        ReleasePolicy.waitForSignals(group, settings.workerMinCapacity());
        group.addLifecycleHook("Drain", BasicLifecycleHookProps.builder()
                .lifecycleHookName(hookName)
                .lifecycleTransition(LifecycleTransition.INSTANCE_TERMINATING)
                .heartbeatTimeout(DRAIN_TIMEOUT)
                .defaultResult(DefaultResult.CONTINUE)
                .build());
        backlogPerInstanceScaling(settings, jobs);
        new WorkerScaleIn(this, "ScaleIn", group, jobs);
        Nag.suppress(group, "AS3", "Scaling with the queue is routine; failures page through the CloudWatch alarms instead.");
    }

    /** L1 on purpose: the L2 target-tracking API does not accept metric math. */
    private void backlogPerInstanceScaling(InfraSettings settings, IQueue jobs) {
        MetricDimensionProperty queue = MetricDimensionProperty.builder()
                .name("QueueName").value(jobs.getQueueName()).build();
        MetricDimensionProperty asg = MetricDimensionProperty.builder()
                .name("AutoScalingGroupName").value(group.getAutoScalingGroupName()).build();
        CfnScalingPolicy.Builder.create(this, "BacklogPerInstance")
                .autoScalingGroupName(group.getAutoScalingGroupName())
                .policyType("TargetTrackingScaling")
                .estimatedInstanceWarmup(180)
                .targetTrackingConfiguration(TargetTrackingConfigurationProperty.builder()
                        .targetValue(settings.workerBacklogTarget())
                        .disableScaleIn(true)
                        .customizedMetricSpecification(CustomizedMetricSpecificationProperty.builder()
                                .metrics(List.of(
                                        metric("visible", "AWS/SQS", "ApproximateNumberOfMessagesVisible", queue, "Sum"),
                                        metric("inflight", "AWS/SQS", "ApproximateNumberOfMessagesNotVisible", queue, "Sum"),
                                        metric("inservice", "AWS/AutoScaling", "GroupInServiceInstances", asg, "Average"),
                                        TargetTrackingMetricDataQueryProperty.builder()
                                                .id("backlogPerInstance")
                                                .expression(BACKLOG_EXPRESSION)
                                                .label("Jobs per in-service worker")
                                                .returnData(true)
                                                .build()))
                                .build())
                        .build())
                .build();
    }

    private static TargetTrackingMetricDataQueryProperty metric(String id, String namespace, String name,
                                                                MetricDimensionProperty dimension, String stat) {
        return TargetTrackingMetricDataQueryProperty.builder()
                .id(id)
                .metricStat(TargetTrackingMetricStatProperty.builder()
                        .metric(MetricProperty.builder()
                                .namespace(namespace)
                                .metricName(name)
                                .dimensions(List.of(dimension))
                                .build())
                        .stat(stat)
                        .build())
                .returnData(false)
                .build();
    }

    AutoScalingGroup group() {
        return group;
    }
}
