package co.anb.showcase.infra;

import java.util.List;

import software.amazon.awscdk.Duration;

import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.cloudwatch.Alarm;
import software.amazon.awscdk.services.cloudwatch.AlarmStatusWidget;
import software.amazon.awscdk.services.cloudwatch.Dashboard;
import software.amazon.awscdk.services.cloudwatch.GraphWidget;
import software.amazon.awscdk.services.cloudwatch.IAlarm;
import software.amazon.awscdk.services.cloudwatch.IMetric;
import software.constructs.Construct;

/** One screen for the on-call: queue, workers, web traffic, the app's processing metrics and the alarms. */
final class OpsDashboard extends Construct {

    OpsDashboard(Construct scope, String id, OpsMetrics metrics, List<Alarm> alarms) {
        super(scope, id);
        Dashboard dashboard = Dashboard.Builder.create(this, "Dashboard")
                .dashboardName(Stack.of(this).getStackName() + "-operations")
                .build();
        dashboard.addWidgets(
                graph("Job queue depth", metrics.queueVisible(Duration.minutes(1)),
                        metrics.queueInFlight()),
                graph("Age of oldest job (s)", metrics.oldestJobAge()),
                graph("Dead-letter queue depth", metrics.deadLetters()));
        dashboard.addWidgets(
                graph("Workers", metrics.workersInService(), metrics.workersDesired()),
                graph("Backlog per worker (scaling metric)", metrics.backlogPerWorker()),
                graph("Worker CPU %", metrics.workerCpu()));
        dashboard.addWidgets(
                graph("ALB requests / min", metrics.requests(), metrics.webInService()),
                graph("HTTP 5xx", metrics.elb5xx(), metrics.target5xx()),
                graph("Target response time (s)", metrics.responseTime("p50"), metrics.responseTime("p95")));
        dashboard.addWidgets(
                graph("Processing time (ms)",
                        OpsMetrics.app("anb.processing.duration.avg", "Average", "average"),
                        OpsMetrics.app("anb.processing.duration.max", "Maximum", "max")),
                graph("Jobs per minute",
                        OpsMetrics.app("anb.jobs.processed.count", "Sum", "processed"),
                        OpsMetrics.app("anb.jobs.failed.count", "Sum", "failed")),
                AlarmStatusWidget.Builder.create()
                        .title("Alarms")
                        .alarms(alarms.stream().map(IAlarm.class::cast).toList())
                        .width(8)
                        .height(6)
                        .build());
    }

    private static GraphWidget graph(String title, IMetric... metrics) {
        return GraphWidget.Builder.create().title(title).left(List.of(metrics)).width(8).height(6).build();
    }
}
