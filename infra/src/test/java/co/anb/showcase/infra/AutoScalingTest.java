package co.anb.showcase.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import software.amazon.awscdk.assertions.Capture;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

class AutoScalingTest {

    private final Template services = SynthesizedPlatform.defaults().services();
    private final Template network = SynthesizedPlatform.defaults().network();

    @Test
    void webGroupSpansTwoZonesWithTwoToThreeInstances() {
        Map<String, Object> web = Cfn.onlyProperties(services, "AWS::AutoScaling::AutoScalingGroup", "WebGroup");
        assertThat(web).containsEntry("MinSize", "2").containsEntry("MaxSize", "3");
        assertThat(Cfn.zonesOfImportedSubnets(Cfn.list(web.get("VPCZoneIdentifier")), network)).hasSize(2);
    }

    @Test
    void workerGroupSpansTwoZonesWithOneToThreeInstances() {
        Map<String, Object> worker = Cfn.onlyProperties(services, "AWS::AutoScaling::AutoScalingGroup", "WorkerGroup");
        assertThat(worker).containsEntry("MinSize", "1").containsEntry("MaxSize", "3");
        assertThat(Cfn.zonesOfImportedSubnets(Cfn.list(worker.get("VPCZoneIdentifier")), network)).hasSize(2);
    }

    @Test
    void bothGroupsSpanThreeZonesWhenAsked() {
        SynthesizedPlatform threeZones = SynthesizedPlatform.allOptions();
        Cfn.properties(threeZones.services(), "AWS::AutoScaling::AutoScalingGroup").values().forEach(group ->
                assertThat(Cfn.zonesOfImportedSubnets(Cfn.list(group.get("VPCZoneIdentifier")), threeZones.network()))
                        .hasSize(3));
    }

    @Test
    void groupsRunInThePrivateAppSubnets() {
        Cfn.properties(services, "AWS::AutoScaling::AutoScalingGroup").values().forEach(group ->
                assertThat(Cfn.list(group.get("VPCZoneIdentifier")))
                        .allSatisfy(subnet -> assertThat(Cfn.json(subnet)).contains("appSubnet")));
    }

    @Test
    void workerScalingDividesBacklogByInServiceInstances() {
        Capture metrics = new Capture();
        services.hasResourceProperties("AWS::AutoScaling::ScalingPolicy", Map.of(
                "PolicyType", "TargetTrackingScaling",
                "AutoScalingGroupName", Map.of("Ref", Match.stringLikeRegexp("WorkerGroup.*")),
                "TargetTrackingConfiguration", Map.of(
                        "TargetValue", 3,
                        "DisableScaleIn", true,
                        "CustomizedMetricSpecification", Map.of("Metrics", metrics))));

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> queries = (List<Map<String, Object>>) (List<?>) metrics.asArray();
        Map<String, Object> returned = queries.stream().filter(q -> Boolean.TRUE.equals(q.get("ReturnData")))
                .findFirst().orElseThrow();
        assertThat(queries.stream().filter(q -> Boolean.TRUE.equals(q.get("ReturnData")))).hasSize(1);
        assertThat(returned.get("Expression")).isEqualTo("(visible + inflight) / inservice");
        assertThat(metricOf(queries, "visible")).containsEntry("Namespace", "AWS/SQS")
                .containsEntry("MetricName", "ApproximateNumberOfMessagesVisible");
        assertThat(metricOf(queries, "inflight")).containsEntry("Namespace", "AWS/SQS")
                .containsEntry("MetricName", "ApproximateNumberOfMessagesNotVisible");
        assertThat(metricOf(queries, "inservice")).containsEntry("Namespace", "AWS/AutoScaling")
                .containsEntry("MetricName", "GroupInServiceInstances");
        assertThat(Cfn.json(metricOf(queries, "visible").get("Dimensions"))).contains("JobQueue");
        assertThat(Cfn.json(metricOf(queries, "inservice").get("Dimensions"))).contains("WorkerGroup");
    }

    @Test
    void webScalesOnCpuAtSeventyPercent() {
        services.hasResourceProperties("AWS::AutoScaling::ScalingPolicy", Map.of(
                "AutoScalingGroupName", Map.of("Ref", Match.stringLikeRegexp("WebGroup.*")),
                "TargetTrackingConfiguration", Map.of(
                        "PredefinedMetricSpecification", Map.of("PredefinedMetricType", "ASGAverageCPUUtilization"),
                        "TargetValue", 70)));
    }

    @Test
    void busyWorkersDrainBeforeTermination() {
        services.hasResourceProperties("AWS::AutoScaling::LifecycleHook", Map.of(
                "AutoScalingGroupName", Map.of("Ref", Match.stringLikeRegexp("WorkerGroup.*")),
                "LifecycleTransition", "autoscaling:EC2_INSTANCE_TERMINATING",
                "LifecycleHookName", ServicesStack.DRAIN_HOOK_NAME,
                "DefaultResult", "CONTINUE",
                "HeartbeatTimeout", 300));
    }

    @Test
    void groupMetricsAreCollectedForBothGroups() {
        Cfn.properties(services, "AWS::AutoScaling::AutoScalingGroup").values().forEach(group ->
                assertThat(Cfn.json(group.get("MetricsCollection"))).contains("1Minute"));
    }

    @Test
    void webInstancesAreReplacedWhenTheAlbFindsThemUnhealthy() {
        assertThat(Cfn.onlyProperties(services, "AWS::AutoScaling::AutoScalingGroup", "WebGroup"))
                .containsEntry("HealthCheckType", "ELB");
    }

    @Test
    void instancesRequireImdsV2AndEncryptedDisksAndHaveNoSshKey() {
        Cfn.properties(services, "AWS::EC2::LaunchTemplate").values().forEach(template -> {
            @SuppressWarnings("unchecked")
            Map<String, Object> data = (Map<String, Object>) template.get("LaunchTemplateData");
            assertThat(Cfn.json(data.get("MetadataOptions"))).contains("\"HttpTokens\":\"required\"");
            assertThat(Cfn.json(data.get("BlockDeviceMappings"))).contains("\"Encrypted\":true");
            assertThat(data).doesNotContainKey("KeyName");
        });
    }

    @Test
    void theImageIsPinnedNotResolvedAtEachDeploy() {
        assertThat(Cfn.properties(services, "AWS::EC2::LaunchTemplate").values())
                .extracting(t -> (Object) ((Map<?, ?>) t.get("LaunchTemplateData")).get("ImageId"))
                .containsOnly(SynthesizedPlatform.AMI_X86_64);
        assertThat(Cfn.properties(SynthesizedPlatform.allOptions().services(), "AWS::EC2::LaunchTemplate").values())
                .extracting(t -> (Object) ((Map<?, ?>) t.get("LaunchTemplateData")).get("ImageId"))
                .containsOnly(SynthesizedPlatform.AMI_ARM64);
        services.resourceCountIs("AWS::SSM::Parameter", 0);
        assertThat(Cfn.json(services.toJSON().getOrDefault("Parameters", Map.of()))).doesNotContain("ami-amazon-linux");
    }

    @Test
    void gravitonRunsBothTiersOnArmInstanceTypes() {
        Template arm = SynthesizedPlatform.allOptions().services();
        assertThat(Cfn.properties(arm, "AWS::EC2::LaunchTemplate").values())
                .extracting(t -> (Object) ((Map<?, ?>) t.get("LaunchTemplateData")).get("InstanceType"))
                .containsExactlyInAnyOrder("t4g.small", "c7g.large");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> metricOf(List<Map<String, Object>> queries, String id) {
        Map<String, Object> query = queries.stream().filter(q -> id.equals(q.get("Id"))).findFirst().orElseThrow();
        return (Map<String, Object>) ((Map<String, Object>) query.get("MetricStat")).get("Metric");
    }
}
