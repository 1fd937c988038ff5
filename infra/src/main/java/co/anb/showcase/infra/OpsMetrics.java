package co.anb.showcase.infra;

import java.util.Map;

import software.amazon.awscdk.Duration;
import software.amazon.awscdk.services.cloudwatch.MathExpression;
import software.amazon.awscdk.services.cloudwatch.Metric;
import software.amazon.awscdk.services.cloudwatch.MetricOptions;
import software.amazon.awscdk.services.elasticloadbalancingv2.HttpCodeElb;
import software.amazon.awscdk.services.elasticloadbalancingv2.HttpCodeTarget;
import software.amazon.awscdk.services.rds.DatabaseInstance;

/**
 * The metrics the dashboard and the alarms share: AWS/SQS, AWS/AutoScaling, AWS/EC2, AWS/ApplicationELB, AWS/RDS,
 * and the app's own metrics in namespace ANB (Micrometer's, and the log group's error count).
 * Unlabelled, so alarms render as plain single-metric alarms; the
 * dashboard adds its legends.
 */
final class OpsMetrics {

    static final Duration FIVE_MINUTES = Duration.minutes(5);
    static final Duration ONE_MINUTE = Duration.minutes(1);

    private final MessagingStack messaging;
    private final ServicesStack services;
    private final DatabaseInstance database;

    OpsMetrics(MessagingStack messaging, ServicesStack services, DatabaseInstance database) {
        this.messaging = messaging;
        this.services = services;
        this.database = database;
    }

    Metric queueVisible(Duration period) {
        return messaging.jobs().metricApproximateNumberOfMessagesVisible(options("Maximum", period));
    }

    Metric queueInFlight() {
        return messaging.jobs().metricApproximateNumberOfMessagesNotVisible(options("Maximum", ONE_MINUTE));
    }

    Metric oldestJobAge() {
        return messaging.jobs().metricApproximateAgeOfOldestMessage(options("Maximum", FIVE_MINUTES));
    }

    Metric deadLetters() {
        return messaging.deadLetters().metricApproximateNumberOfMessagesVisible(options("Maximum", FIVE_MINUTES));
    }

    /**
     * Messages in the dead-letter queue, visible or not. The app's dead-letter consumer deletes a job's message
     * within seconds, but hides one it cannot read (a poison message) for hours: that one is only "not visible".
     */
    MathExpression deadLettersStaying() {
        return MathExpression.Builder.create()
                .expression("FILL(visible, 0) + FILL(hidden, 0)")
                .usingMetrics(Map.of(
                        "visible", deadLetters(),
                        "hidden", messaging.deadLetters()
                                .metricApproximateNumberOfMessagesNotVisible(options("Maximum", FIVE_MINUTES))))
                .period(FIVE_MINUTES)
                .build();
    }

    /** The app's counter of videos marked failed from the dead-letter queue (Micrometer, no dimensions). */
    Metric jobsDeadLettered() {
        return appCounter("anb.jobs.dead_lettered.count");
    }

    /** ERROR lines of the app's log, counted by the log group's metric filter. */
    Metric appErrors() {
        return appCounter(AppLogs.ERRORS_METRIC);
    }

    Metric databaseCpu() {
        return database.metricCPUUtilization(options("Average", FIVE_MINUTES));
    }

    Metric databaseFreeStorage() {
        return database.metricFreeStorageSpace(options("Minimum", FIVE_MINUTES));
    }

    Metric databaseConnections() {
        return database.metricDatabaseConnections(options("Maximum", FIVE_MINUTES));
    }

    Metric workersInService() {
        return groupMetric("GroupInServiceInstances", workerGroupName(), "Minimum");
    }

    Metric workersDesired() {
        return groupMetric("GroupDesiredCapacity", workerGroupName(), "Maximum");
    }

    Metric webInService() {
        return groupMetric("GroupInServiceInstances", services.web().group().getAutoScalingGroupName(), "Minimum");
    }

    /** The same math the worker scaling policy tracks, so the dashboard shows what Auto Scaling sees. */
    MathExpression backlogPerWorker() {
        return MathExpression.Builder.create()
                .expression(WorkerTier.BACKLOG_EXPRESSION)
                .usingMetrics(Map.of(
                        "visible", messaging.jobs().metricApproximateNumberOfMessagesVisible(options("Sum", ONE_MINUTE)),
                        "inflight", messaging.jobs().metricApproximateNumberOfMessagesNotVisible(options("Sum", ONE_MINUTE)),
                        "inservice", groupMetric("GroupInServiceInstances", workerGroupName(), "Average")))
                .period(ONE_MINUTE)
                .build();
    }

    Metric workerCpu() {
        return Metric.Builder.create()
                .namespace("AWS/EC2").metricName("CPUUtilization")
                .dimensionsMap(Map.of("AutoScalingGroupName", workerGroupName()))
                .statistic("Average").period(FIVE_MINUTES)
                .build();
    }

    Metric requests() {
        return services.web().loadBalancer().getMetrics().requestCount(options("Sum", ONE_MINUTE));
    }

    Metric elb5xx() {
        return services.web().loadBalancer().getMetrics()
                .httpCodeElb(HttpCodeElb.ELB_5XX_COUNT, options("Sum", FIVE_MINUTES));
    }

    Metric target5xx() {
        return services.web().loadBalancer().getMetrics()
                .httpCodeTarget(HttpCodeTarget.TARGET_5XX_COUNT, options("Sum", FIVE_MINUTES));
    }

    /** ALB-generated and app-generated 5xx together; FILL because either is absent while it is zero. */
    MathExpression serverErrors() {
        return MathExpression.Builder.create()
                .expression("FILL(elb, 0) + FILL(target, 0)")
                .usingMetrics(Map.of("elb", elb5xx(), "target", target5xx()))
                .period(FIVE_MINUTES)
                .build();
    }

    Metric responseTime(String statistic) {
        return services.web().loadBalancer().getMetrics().targetResponseTime(options(statistic, ONE_MINUTE));
    }

    Metric unhealthyHosts() {
        return services.web().targets().getMetrics().unhealthyHostCount(options("Maximum", ONE_MINUTE));
    }

    /**
     * Micrometer's CloudWatch registry publishes timers as {@code <name>.avg/.max/.count/.sum} and counters as
     * {@code <name>.count}; a search matches them whatever dimensions (tags) the app adds.
     */
    static MathExpression app(String metricName, String statistic) {
        return MathExpression.Builder.create()
                .expression("SEARCH('Namespace=\"" + InfraSettings.METRICS_NAMESPACE + "\" MetricName=\"" + metricName
                        + "\"', '" + statistic + "', 60)")
                .period(ONE_MINUTE)
                .build();
    }

    private static Metric appCounter(String name) {
        return Metric.Builder.create()
                .namespace(InfraSettings.METRICS_NAMESPACE).metricName(name)
                .statistic("Sum").period(FIVE_MINUTES)
                .build();
    }

    private String workerGroupName() {
        return services.worker().group().getAutoScalingGroupName();
    }

    private static Metric groupMetric(String name, String groupName, String statistic) {
        return Metric.Builder.create()
                .namespace("AWS/AutoScaling").metricName(name)
                .dimensionsMap(Map.of("AutoScalingGroupName", groupName))
                .statistic(statistic).period(ONE_MINUTE)
                .build();
    }

    private static MetricOptions options(String statistic, Duration period) {
        return MetricOptions.builder().statistic(statistic).period(period).build();
    }
}
