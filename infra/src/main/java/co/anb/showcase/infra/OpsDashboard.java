package co.anb.showcase.infra;

import java.util.List;

import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.cloudwatch.Alarm;
import software.amazon.awscdk.services.cloudwatch.AlarmStatusWidget;
import software.amazon.awscdk.services.cloudwatch.Dashboard;
import software.amazon.awscdk.services.cloudwatch.GraphWidget;
import software.amazon.awscdk.services.cloudwatch.IAlarm;
import software.amazon.awscdk.services.cloudwatch.IMetric;
import software.amazon.awscdk.services.cloudwatch.MathExpression;
import software.amazon.awscdk.services.cloudwatch.MathExpressionOptions;
import software.amazon.awscdk.services.cloudwatch.Metric;
import software.amazon.awscdk.services.cloudwatch.MetricOptions;
import software.constructs.Construct;

/** One screen for the on-call: queue, workers, web traffic, the app's processing metrics and the alarms. */
final class OpsDashboard extends Construct {

    OpsDashboard(Construct scope, String id, OpsMetrics m, List<Alarm> alarms) {
        super(scope, id);
        Dashboard dashboard = Dashboard.Builder.create(this, "Dashboard")
                .dashboardName(Stack.of(this).getStackName() + "-operations")
                .build();
        dashboard.addWidgets(
                graph("Job queue", label(m.queueVisible(OpsMetrics.ONE_MINUTE), "waiting"),
                        label(m.queueInFlight(), "in progress")),
                graph("Age of oldest job (s)", label(m.oldestJobAge(), "oldest job")),
                graph("Dead-letter queue", label(m.deadLetters(), "waiting"),
                        label(m.deadLettersStaying(), "waiting or hidden"),
                        label(m.jobsDeadLettered(), "videos failed (app)")));
        dashboard.addWidgets(
                graph("Workers", label(m.workersInService(), "in service"), label(m.workersDesired(), "desired")),
                graph("Backlog per worker (scaling metric)", label(m.backlogPerWorker(), "jobs per worker")),
                graph("Worker CPU %", label(m.workerCpu(), "average CPU")));
        dashboard.addWidgets(
                graph("ALB requests per minute", label(m.requests(), "requests"),
                        label(m.webInService(), "web instances")),
                graph("HTTP 5xx", label(m.elb5xx(), "from the ALB"), label(m.target5xx(), "from the app")),
                graph("Target response time (s)", label(m.responseTime("p50"), "p50"),
                        label(m.responseTime("p95"), "p95")));
        dashboard.addWidgets(
                graph("Database CPU %", label(m.databaseCpu(), "CPU")),
                graph("Database connections", label(m.databaseConnections(), "connections")),
                graph("App ERROR log lines", label(m.appErrors(), "errors")));
        dashboard.addWidgets(
                graph("Processing time (app)",
                        label(OpsMetrics.app("anb.processing.duration.avg", "Average"), "average"),
                        label(OpsMetrics.app("anb.processing.duration.max", "Maximum"), "max")),
                graph("Jobs per minute (app)",
                        label(OpsMetrics.app("anb.jobs.processed.count", "Sum"), "processed"),
                        label(OpsMetrics.app("anb.jobs.failed.count", "Sum"), "failed")),
                AlarmStatusWidget.Builder.create()
                        .title("Alarms")
                        .alarms(alarms.stream().map(IAlarm.class::cast).toList())
                        .width(8)
                        .height(6)
                        .build());
    }

    private static IMetric label(Metric metric, String label) {
        return metric.with(MetricOptions.builder().label(label).build());
    }

    private static IMetric label(MathExpression expression, String label) {
        return expression.with(MathExpressionOptions.builder().label(label).build());
    }

    private static GraphWidget graph(String title, IMetric... metrics) {
        return GraphWidget.Builder.create().title(title).left(List.of(metrics)).width(8).height(6).build();
    }
}
