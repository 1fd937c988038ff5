package co.anb.showcase.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

/** The worker policy chosen on the scaling model (docs/capacity.md, section 7), as deployed. */
class WorkerScalingPolicyTest {

    private final Template services = SynthesizedPlatform.defaults().services();

    @Test
    void targetTrackingOnlyScalesOut() {
        services.hasResourceProperties("AWS::AutoScaling::ScalingPolicy", Map.of(
                "PolicyType", "TargetTrackingScaling",
                "AutoScalingGroupName", Map.of("Ref", Match.stringLikeRegexp("WorkerGroup.*")),
                "EstimatedInstanceWarmup", 180,
                "TargetTrackingConfiguration", Match.objectLike(Map.of("TargetValue", 3, "DisableScaleIn", true))));
    }

    @Test
    void aSeparateSlowPolicyScalesInByAFifthEveryFiveMinutesAtMost() {
        services.hasResourceProperties("AWS::AutoScaling::ScalingPolicy", Map.of(
                "PolicyType", "SimpleScaling",
                "AutoScalingGroupName", Map.of("Ref", Match.stringLikeRegexp("WorkerGroup.*")),
                "AdjustmentType", "PercentChangeInCapacity",
                "ScalingAdjustment", -20,
                "MinAdjustmentMagnitude", 1,
                "Cooldown", "300"));
        services.resourceCountIs("AWS::AutoScaling::ScalingPolicy", 3);
    }

    @Test
    void scaleInFiresAfterTenMinutesUnderSixTenthsOfAJobPerWorker() {
        Map<String, Object> alarm = Cfn.properties(services, "AWS::CloudWatch::Alarm").entrySet().stream()
                .filter(e -> e.getKey().startsWith("WorkerScaleIn")).map(Map.Entry::getValue)
                .findFirst().orElseThrow();
        assertThat(alarm).containsEntry("Threshold", 0.6)
                .containsEntry("ComparisonOperator", "LessThanThreshold")
                .containsEntry("EvaluationPeriods", 10)
                .containsEntry("DatapointsToAlarm", 10);
        String metrics = Cfn.json(alarm.get("Metrics"));
        assertThat(metrics).contains("(FILL(visible, 0) + FILL(inflight, 0)) / inservice",
                "ApproximateNumberOfMessagesVisible", "ApproximateNumberOfMessagesNotVisible",
                "GroupInServiceInstances", "\"Period\":60");
        assertThat(Cfn.json(alarm.get("AlarmActions"))).contains("WorkerScaleInPolicy").contains("Arn");
    }

    @Test
    void theModelsChosenPolicyIsTheDeployedOne() {
        assertThat(co.anb.showcase.infra.scaling.DeployedPolicy.target()).isEqualTo(3);
        assertThat(co.anb.showcase.infra.scaling.DeployedPolicy.scaleInBelow()).isEqualTo(WorkerScaleIn.BELOW);
        assertThat(co.anb.showcase.infra.scaling.DeployedPolicy.scaleInPeriods()).isEqualTo(WorkerScaleIn.PERIODS);
        assertThat(co.anb.showcase.infra.scaling.DeployedPolicy.scaleInPercent()).isEqualTo(-WorkerScaleIn.PERCENT);
        assertThat(co.anb.showcase.infra.scaling.DeployedPolicy.scaleInCooldownMinutes())
                .isEqualTo(WorkerScaleIn.COOLDOWN.toMinutes().intValue());
    }
}
