package co.anb.showcase.infra;

import java.util.ArrayList;
import java.util.List;

import software.amazon.awscdk.Duration;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.cloudwatch.Alarm;
import software.amazon.awscdk.services.cloudwatch.AlarmProps;
import software.amazon.awscdk.services.cloudwatch.ComparisonOperator;
import software.amazon.awscdk.services.cloudwatch.IMetric;
import software.amazon.awscdk.services.cloudwatch.TreatMissingData;
import software.amazon.awscdk.services.cloudwatch.actions.SnsAction;
import software.amazon.awscdk.services.sns.ITopic;
import software.constructs.Construct;

/** The alarms of the platform. Each one notifies the topic and names its runbook under docs/runbooks/. */
final class OpsAlarms extends Construct {

    /** Every alarm, by name (the name is also the runbook file name without ".md"). */
    static final List<String> NAMES = List.of("queue-depth-high", "oldest-job-too-old", "dead-letter-queue-not-empty",
            "jobs-dead-lettered", "worker-cpu-high", "no-worker-in-service", "alb-5xx", "unhealthy-web-hosts",
            "app-errors", "database-cpu-high", "database-storage-low", "database-connections-high");
    /** 2 GiB: RDS storage autoscaling grows the disk at 10 % free; this fires if it cannot (at the maximum). */
    static final double FREE_STORAGE_BYTES = 2.0 * 1024 * 1024 * 1024;
    /** 80 % of the ~109 connections a db.t4g.micro accepts (see InfraSettingsTest). */
    static final int CONNECTIONS = 85;

    private final List<Alarm> alarms = new ArrayList<>();
    private final SnsAction notify;
    private final String prefix;

    OpsAlarms(Construct scope, String id, OpsMetrics metrics, ITopic topic, InfraSettings settings) {
        super(scope, id);
        notify = new SnsAction(topic);
        prefix = Stack.of(this).getStackName() + "-";

        alarm("queue-depth-high", metrics.queueVisible(Duration.minutes(5)), settings.queueDepthAlarmThreshold(), 3,
                ComparisonOperator.GREATER_THAN_THRESHOLD, TreatMissingData.NOT_BREACHING,
                "Jobs are arriving faster than the workers at full scale can process them.");
        alarm("oldest-job-too-old", metrics.oldestJobAge(), 30 * 60, 1,
                ComparisonOperator.GREATER_THAN_THRESHOLD, TreatMissingData.NOT_BREACHING,
                "A job has waited more than 30 minutes in the queue.");
        // The consumer removes a job's message in seconds; one that stays 15 minutes is one it could not read.
        alarm("dead-letter-queue-not-empty", metrics.deadLettersStaying(), 1, 3,
                ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD, TreatMissingData.NOT_BREACHING,
                "A message has stayed in the dead-letter queue for 15 minutes (visible or hidden): not a job the "
                        + "app can read.");
        alarm("jobs-dead-lettered", metrics.jobsDeadLettered(), 1, 1,
                ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD, TreatMissingData.NOT_BREACHING,
                "A video failed on every attempt and was marked failed from the dead-letter queue.");
        alarm("worker-cpu-high", metrics.workerCpu(), 85, 3,
                ComparisonOperator.GREATER_THAN_THRESHOLD, TreatMissingData.NOT_BREACHING,
                "Workers have averaged more than 85 % CPU for 15 minutes.");
        // Missing data means the group reports nothing at all, which is as bad as zero.
        alarm("no-worker-in-service", metrics.workersInService(), 1, 3,
                ComparisonOperator.LESS_THAN_THRESHOLD, TreatMissingData.BREACHING,
                "No worker instance is in service: jobs are not being processed.");
        alarm("alb-5xx", metrics.serverErrors(), 10, 1,
                ComparisonOperator.GREATER_THAN_THRESHOLD, TreatMissingData.NOT_BREACHING,
                "More than 10 HTTP 5xx answers (ALB or app) in 5 minutes.");
        alarm("unhealthy-web-hosts", metrics.unhealthyHosts(), 1, 3,
                ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD, TreatMissingData.NOT_BREACHING,
                "At least one web instance has failed the /api/health check for 3 minutes.");
        alarm("app-errors", metrics.appErrors(), 10, 1,
                ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD, TreatMissingData.NOT_BREACHING,
                "The app logged 10 or more ERROR lines in 5 minutes.");
        alarm("database-cpu-high", metrics.databaseCpu(), 80, 3,
                ComparisonOperator.GREATER_THAN_THRESHOLD, TreatMissingData.NOT_BREACHING,
                "The database has averaged more than 80 % CPU for 15 minutes.");
        alarm("database-storage-low", metrics.databaseFreeStorage(), FREE_STORAGE_BYTES, 1,
                ComparisonOperator.LESS_THAN_THRESHOLD, TreatMissingData.NOT_BREACHING,
                "The database has less than 2 GiB of free storage.");
        alarm("database-connections-high", metrics.databaseConnections(), CONNECTIONS, 2,
                ComparisonOperator.GREATER_THAN_THRESHOLD, TreatMissingData.NOT_BREACHING,
                "More than " + CONNECTIONS + " database connections for 10 minutes: near the instance's limit.");
    }

    private void alarm(String name, IMetric metric, double threshold, int periods, ComparisonOperator comparison,
                       TreatMissingData missingData, String meaning) {
        Alarm alarm = new Alarm(this, name, AlarmProps.builder()
                .alarmName(prefix + name)
                .alarmDescription(meaning + " Runbook: docs/runbooks/" + name + ".md")
                .metric(metric)
                .threshold(threshold)
                .evaluationPeriods(periods)
                .datapointsToAlarm(periods)
                .comparisonOperator(comparison)
                .treatMissingData(missingData)
                .build());
        alarm.addAlarmAction(notify);
        alarm.addOkAction(notify);
        alarms.add(alarm);
    }

    List<Alarm> all() {
        return List.copyOf(alarms);
    }
}
