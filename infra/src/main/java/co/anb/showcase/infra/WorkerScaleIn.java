package co.anb.showcase.infra;

import java.util.Map;

import software.amazon.awscdk.Duration;
import software.amazon.awscdk.services.autoscaling.AutoScalingGroup;
import software.amazon.awscdk.services.autoscaling.CfnScalingPolicy;
import software.amazon.awscdk.services.cloudwatch.Alarm;
import software.amazon.awscdk.services.cloudwatch.AlarmActionConfig;
import software.amazon.awscdk.services.cloudwatch.ComparisonOperator;
import software.amazon.awscdk.services.cloudwatch.IAlarm;
import software.amazon.awscdk.services.cloudwatch.IAlarmAction;
import software.amazon.awscdk.services.cloudwatch.MathExpression;
import software.amazon.awscdk.services.cloudwatch.Metric;
import software.amazon.awscdk.services.cloudwatch.MetricOptions;
import software.amazon.awscdk.services.cloudwatch.TreatMissingData;
import software.amazon.awscdk.services.sqs.IQueue;
import software.constructs.Construct;

/**
 * The slow way down: −20 % of the workers (at least one) when the backlog per worker has stayed under 0.6 for
 * 10 minutes, i.e. the group was at most 60 % busy with nothing waiting; then 5 minutes before the next step.
 * A simple-scaling policy on purpose: step policies have no cooldown, CloudWatch re-invokes an Auto Scaling action
 * every minute its alarm stays in ALARM, and without the cooldown the model shows the group reversing at 8/min.
 */
final class WorkerScaleIn extends Construct {

    static final double BELOW = 0.6;
    static final int PERIODS = 10;
    static final int PERCENT = -20;
    static final Duration COOLDOWN = Duration.minutes(5);
    /** Queue metrics are absent while a queue is idle: an idle queue counts as an empty one. */
    static final String EXPRESSION = "(FILL(visible, 0) + FILL(inflight, 0)) / inservice";

    private final Alarm alarm;

    WorkerScaleIn(Construct scope, String id, AutoScalingGroup group, IQueue jobs) {
        super(scope, id);
        CfnScalingPolicy policy = CfnScalingPolicy.Builder.create(this, "Policy")
                .autoScalingGroupName(group.getAutoScalingGroupName())
                .policyType("SimpleScaling")
                .adjustmentType("PercentChangeInCapacity")
                .scalingAdjustment(PERCENT)
                .minAdjustmentMagnitude(1)
                .cooldown(Long.toString(COOLDOWN.toSeconds().longValue()))
                .build();
        Duration minute = Duration.minutes(1);
        MathExpression backlogPerWorker = MathExpression.Builder.create()
                .expression(EXPRESSION)
                .usingMetrics(Map.of(
                        "visible", jobs.metricApproximateNumberOfMessagesVisible(maximum(minute)),
                        "inflight", jobs.metricApproximateNumberOfMessagesNotVisible(maximum(minute)),
                        "inservice", Metric.Builder.create()
                                .namespace("AWS/AutoScaling").metricName("GroupInServiceInstances")
                                .dimensionsMap(Map.of("AutoScalingGroupName", group.getAutoScalingGroupName()))
                                .statistic("Average").period(minute).build()))
                .period(minute)
                .build();
        alarm = Alarm.Builder.create(this, "Alarm")
                .alarmDescription("Scales the workers in: under " + BELOW + " jobs per worker for " + PERIODS
                        + " minutes.")
                .metric(backlogPerWorker)
                .threshold(BELOW)
                .comparisonOperator(ComparisonOperator.LESS_THAN_THRESHOLD)
                .evaluationPeriods(PERIODS)
                .datapointsToAlarm(PERIODS)
                .treatMissingData(TreatMissingData.NOT_BREACHING)
                .build();
        alarm.addAlarmAction(new IAlarmAction() {
            @Override
            public AlarmActionConfig bind(Construct bindScope, IAlarm bound) {
                return AlarmActionConfig.builder().alarmActionArn(policy.getAttrArn()).build();
            }
        });
    }

    private static MetricOptions maximum(Duration period) {
        return MetricOptions.builder().statistic("Maximum").period(period).build();
    }

    Alarm alarm() {
        return alarm;
    }
}
