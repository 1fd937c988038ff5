package co.anb.showcase.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

class MonitoringStackTest {

    private final Template monitoring = SynthesizedPlatform.defaults().monitoring();

    @Test
    void everyListedAlarmExistsAndNotifiesTheTopic() {
        assertThat(OpsAlarms.NAMES).containsExactlyInAnyOrder("queue-depth-high", "oldest-job-too-old",
                "dead-letter-queue-not-empty", "jobs-dead-lettered", "worker-cpu-high", "no-worker-in-service",
                "alb-5xx", "unhealthy-web-hosts", "app-errors", "database-cpu-high", "database-storage-low",
                "database-connections-high");
        monitoring.resourceCountIs("AWS::CloudWatch::Alarm", OpsAlarms.NAMES.size());
        for (String name : OpsAlarms.NAMES) {
            monitoring.hasResourceProperties("AWS::CloudWatch::Alarm", Map.of(
                    "AlarmName", "AnbMonitoring-" + name,
                    "AlarmActions", List.of(Map.of("Ref", Match.stringLikeRegexp("AlarmTopic.*"))),
                    "OKActions", List.of(Map.of("Ref", Match.stringLikeRegexp("AlarmTopic.*")))));
        }
    }

    @Test
    void everyAlarmHasARunbookWithTheFourSections() throws Exception {
        for (String name : OpsAlarms.NAMES) {
            Path runbook = Path.of("..", "docs", "runbooks", name + ".md");
            assertThat(runbook).exists();
            assertThat(Files.readString(runbook)).contains("## Meaning", "## Impact", "## Diagnosis", "## Mitigation");
            monitoring.hasResourceProperties("AWS::CloudWatch::Alarm", Map.of(
                    "AlarmName", "AnbMonitoring-" + name,
                    "AlarmDescription", Match.stringLikeRegexp(".*Runbook: docs/runbooks/" + name + "\\.md")));
        }
    }

    @Test
    void oldestJobAlarmFiresAfterThirtyMinutes() {
        monitoring.hasResourceProperties("AWS::CloudWatch::Alarm", Map.of(
                "AlarmName", "AnbMonitoring-oldest-job-too-old",
                "MetricName", "ApproximateAgeOfOldestMessage",
                "Namespace", "AWS/SQS",
                "Threshold", 1800,
                "ComparisonOperator", "GreaterThanThreshold"));
    }

    @Test
    void deadLetterAlarmsWatchTheAppsCounterAndMessagesThatStayHidden() {
        monitoring.hasResourceProperties("AWS::CloudWatch::Alarm", Map.of(
                "AlarmName", "AnbMonitoring-jobs-dead-lettered",
                "Namespace", "ANB",
                "MetricName", "anb.jobs.dead_lettered.count",
                "Statistic", "Sum",
                "Threshold", 1,
                "ComparisonOperator", "GreaterThanOrEqualToThreshold"));
        String staying = Cfn.json(alarm("dead-letter-queue-not-empty").get("Metrics"));
        assertThat(staying).contains("FILL(visible, 0) + FILL(hidden, 0)", "ApproximateNumberOfMessagesVisible",
                "ApproximateNumberOfMessagesNotVisible", "JobDeadLetterQueue");
        assertThat(alarm("dead-letter-queue-not-empty")).containsEntry("EvaluationPeriods", 3);
    }

    @Test
    void appErrorsAreCountedFromTheLogAndAlarmed() {
        Template services = SynthesizedPlatform.defaults().services();
        services.hasResourceProperties("AWS::Logs::MetricFilter", Map.of(
                "FilterPattern", "{ $.level = \"ERROR\" }",
                "MetricTransformations", List.of(Map.of("MetricNamespace", "ANB", "MetricName", "app.log.errors",
                        "MetricValue", "1", "DefaultValue", 0))));
        monitoring.hasResourceProperties("AWS::CloudWatch::Alarm", Map.of(
                "AlarmName", "AnbMonitoring-app-errors", "Namespace", "ANB", "MetricName", "app.log.errors"));
    }

    @Test
    void databaseAlarmsWatchCpuFreeStorageAndConnections() {
        for (var expected : List.of(
                List.of("database-cpu-high", "CPUUtilization", "GreaterThanThreshold"),
                List.of("database-storage-low", "FreeStorageSpace", "LessThanThreshold"),
                List.of("database-connections-high", "DatabaseConnections", "GreaterThanThreshold"))) {
            monitoring.hasResourceProperties("AWS::CloudWatch::Alarm", Map.of(
                    "AlarmName", "AnbMonitoring-" + expected.get(0),
                    "Namespace", "AWS/RDS",
                    "MetricName", expected.get(1),
                    "ComparisonOperator", expected.get(2),
                    "Dimensions", List.of(Map.of("Name", "DBInstanceIdentifier",
                            "Value", Map.of("Fn::ImportValue", Match.stringLikeRegexp(".*DatabasePostgres.*"))))));
        }
    }

    private Map<String, Object> alarm(String name) {
        return Cfn.properties(monitoring, "AWS::CloudWatch::Alarm").values().stream()
                .filter(a -> ("AnbMonitoring-" + name).equals(a.get("AlarmName"))).findFirst().orElseThrow();
    }

    @Test
    void workerAlarmsWatchTheWorkerGroup() {
        monitoring.hasResourceProperties("AWS::CloudWatch::Alarm", Map.of(
                "AlarmName", "AnbMonitoring-worker-cpu-high",
                "Namespace", "AWS/EC2",
                "MetricName", "CPUUtilization",
                "Threshold", 85));
        monitoring.hasResourceProperties("AWS::CloudWatch::Alarm", Map.of(
                "AlarmName", "AnbMonitoring-no-worker-in-service",
                "Namespace", "AWS/AutoScaling",
                "MetricName", "GroupInServiceInstances",
                "Dimensions", List.of(Map.of("Name", "AutoScalingGroupName",
                        "Value", Map.of("Fn::ImportValue", Match.stringLikeRegexp(".*WorkerGroup.*")))),
                "ComparisonOperator", "LessThanThreshold",
                "Threshold", 1,
                "TreatMissingData", "breaching"));
    }

    @Test
    void webAlarmsWatchAlb5xxAndUnhealthyHosts() {
        String serverErrors = Cfn.json(Cfn.properties(monitoring, "AWS::CloudWatch::Alarm").values().stream()
                .filter(alarm -> "AnbMonitoring-alb-5xx".equals(alarm.get("AlarmName")))
                .findFirst().orElseThrow().get("Metrics"));
        assertThat(serverErrors).contains("FILL(elb, 0) + FILL(target, 0)", "HTTPCode_ELB_5XX_Count",
                "HTTPCode_Target_5XX_Count", "AWS/ApplicationELB");
        monitoring.hasResourceProperties("AWS::CloudWatch::Alarm", Map.of(
                "AlarmName", "AnbMonitoring-unhealthy-web-hosts",
                "MetricName", "UnHealthyHostCount",
                "Namespace", "AWS/ApplicationELB"));
    }

    @Test
    void dashboardShowsQueueWorkersAlbAndAppMetrics() {
        String body = Cfn.json(Cfn.onlyProperties(monitoring, "AWS::CloudWatch::Dashboard", "").get("DashboardBody"));
        assertThat(body).contains(
                "ApproximateNumberOfMessagesVisible", "ApproximateNumberOfMessagesNotVisible",
                "ApproximateAgeOfOldestMessage", "GroupInServiceInstances", "RequestCount",
                "HTTPCode_ELB_5XX_Count", "HTTPCode_Target_5XX_Count", "TargetResponseTime",
                "anb.processing.duration", "anb.jobs.processed", "anb.jobs.failed",
                "(visible + inflight) / inservice", "\\\"type\\\":\\\"alarm\\\"");
    }

    @Test
    void alarmTopicIsEncryptedAndRefusesPlainHttp() {
        monitoring.hasResourceProperties("AWS::SNS::Topic", Map.of(
                "KmsMasterKeyId", Map.of("Fn::GetAtt", List.of(Match.stringLikeRegexp("AlarmTopicKey.*"), "Arn"))));
        monitoring.hasResourceProperties("AWS::KMS::Key", Map.of("EnableKeyRotation", true));
        assertThat(Cfn.json(Cfn.properties(monitoring, "AWS::SNS::TopicPolicy"))).contains("aws:SecureTransport");
    }

    @Test
    void alarmEmailIsSubscribedOnlyWhenGiven() {
        monitoring.resourceCountIs("AWS::SNS::Subscription", 0);
        SynthesizedPlatform.allOptions().monitoring().hasResourceProperties("AWS::SNS::Subscription", Map.of(
                "Protocol", "email",
                "Endpoint", "alerts@example.com"));
    }
}
