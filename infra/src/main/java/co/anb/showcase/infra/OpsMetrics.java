package co.anb.showcase.infra;

import java.util.Map;

import software.amazon.awscdk.Duration;
import software.amazon.awscdk.services.cloudwatch.IMetric;
import software.amazon.awscdk.services.cloudwatch.MathExpression;
import software.amazon.awscdk.services.cloudwatch.Metric;
import software.amazon.awscdk.services.cloudwatch.MetricOptions;
import software.amazon.awscdk.services.elasticloadbalancingv2.HttpCodeElb;
import software.amazon.awscdk.services.elasticloadbalancingv2.HttpCodeTarget;

/**
 * The metrics the dashboard and the alarms share: AWS/SQS, AWS/AutoScaling, AWS/EC2, AWS/ApplicationELB, and the
 * app's own Micrometer metrics in namespace ANB.
 */
final class OpsMetrics {

    private static final Duration FIVE_MINUTES = Duration.minutes(5);
    private static final Duration ONE_MINUTE = Duration.minutes(1);

    private final MessagingStack messaging;
    private final ServicesStack services;

    OpsMetrics(MessagingStack messaging, ServicesStack services) {
        this.messaging = messaging;
        this.services = services;
    }

    IMetric queueVisible(Duration period) {
        return messaging.jobs().metricApproximateNumberOfMessagesVisible(options("Maximum", period, "waiting"));
    }

    IMetric queueInFlight() {
        return messaging.jobs().metricApproximateNumberOfMessagesNotVisible(options("Maximum", ONE_MINUTE, "in flight"));
    }

    IMetric oldestJobAge() {
        return messaging.jobs().metricApproximateAgeOfOldestMessage(options("Maximum", FIVE_MINUTES, "oldest job (s)"));
    }

    IMetric deadLetters() {
        return messaging.deadLetters().metricApproximateNumberOfMessagesVisible(
                options("Maximum", FIVE_MINUTES, "dead letters"));
    }

    IMetric workersInService() {
        return groupMetric("GroupInServiceInstances", workerGroupName(), "Minimum", "workers in service");
    }

    IMetric workersDesired() {
        return groupMetric("GroupDesiredCapacity", workerGroupName(), "Maximum", "workers desired");
    }

    IMetric webInService() {
        return groupMetric("GroupInServiceInstances", services.web().group().getAutoScalingGroupName(), "Minimum",
                "web instances in service");
    }

    /** The same math the worker scaling policy tracks, so the dashboard shows what Auto Scaling sees. */
    IMetric backlogPerWorker() {
        return MathExpression.Builder.create()
                .expression(WorkerTier.BACKLOG_EXPRESSION)
                .usingMetrics(Map.of(
                        "visible", messaging.jobs().metricApproximateNumberOfMessagesVisible(options("Sum", ONE_MINUTE, null)),
                        "inflight", messaging.jobs().metricApproximateNumberOfMessagesNotVisible(options("Sum", ONE_MINUTE, null)),
                        "inservice", groupMetric("GroupInServiceInstances", workerGroupName(), "Average", null)))
                .label("jobs per in-service worker")
                .period(ONE_MINUTE)
                .build();
    }

    IMetric workerCpu() {
        return Metric.Builder.create()
                .namespace("AWS/EC2").metricName("CPUUtilization")
                .dimensionsMap(Map.of("AutoScalingGroupName", workerGroupName()))
                .statistic("Average").period(FIVE_MINUTES).label("worker CPU %")
                .build();
    }

    IMetric requests() {
        return services.web().loadBalancer().getMetrics().requestCount(options("Sum", ONE_MINUTE, "requests"));
    }

    IMetric elb5xx() {
        return services.web().loadBalancer().getMetrics()
                .httpCodeElb(HttpCodeElb.ELB_5XX_COUNT, options("Sum", FIVE_MINUTES, "ALB 5xx"));
    }

    IMetric target5xx() {
        return services.web().loadBalancer().getMetrics()
                .httpCodeTarget(HttpCodeTarget.TARGET_5XX_COUNT, options("Sum", FIVE_MINUTES, "app 5xx"));
    }

    /** ALB-generated and app-generated 5xx together; FILL because either is absent while it is zero. */
    IMetric serverErrors() {
        return MathExpression.Builder.create()
                .expression("FILL(elb, 0) + FILL(target, 0)")
                .usingMetrics(Map.of("elb", elb5xx(), "target", target5xx()))
                .label("HTTP 5xx")
                .period(FIVE_MINUTES)
                .build();
    }

    IMetric responseTime(String statistic) {
        return services.web().loadBalancer().getMetrics()
                .targetResponseTime(options(statistic, ONE_MINUTE, "response time " + statistic + " (s)"));
    }

    IMetric unhealthyHosts() {
        return services.web().targets().getMetrics().unhealthyHostCount(options("Maximum", ONE_MINUTE, "unhealthy hosts"));
    }

    /**
     * Micrometer's CloudWatch registry publishes timers as {@code <name>.avg/.max/.count/.sum} and counters as
     * {@code <name>.count}; a search matches them whatever dimensions (tags) the app adds.
     */
    static IMetric app(String metricName, String statistic, String label) {
        return MathExpression.Builder.create()
                .expression("SEARCH('Namespace=\"" + InfraSettings.METRICS_NAMESPACE + "\" MetricName=\"" + metricName
                        + "\"', '" + statistic + "', 60)")
                .label(label)
                .period(ONE_MINUTE)
                .build();
    }

    private String workerGroupName() {
        return services.worker().group().getAutoScalingGroupName();
    }

    private static IMetric groupMetric(String name, String groupName, String statistic, String label) {
        return Metric.Builder.create()
                .namespace("AWS/AutoScaling").metricName(name)
                .dimensionsMap(Map.of("AutoScalingGroupName", groupName))
                .statistic(statistic).period(ONE_MINUTE).label(label)
                .build();
    }

    private static MetricOptions options(String statistic, Duration period, String label) {
        return MetricOptions.builder().statistic(statistic).period(period).label(label).build();
    }
}
