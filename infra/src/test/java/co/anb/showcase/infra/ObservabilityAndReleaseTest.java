package co.anb.showcase.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

/** Logs that outlive instances, and releases that wait for a ready app. */
class ObservabilityAndReleaseTest {

    private final Template services = SynthesizedPlatform.defaults().services();
    private final String web = Cfn.userData(services, "WebLaunchTemplate");
    private final String worker = Cfn.userData(services, "WorkerLaunchTemplate");

    @Test
    void theAppLogGroupIsMadeByTheStackWithRetention() {
        services.hasResourceProperties("AWS::Logs::LogGroup", Map.of("RetentionInDays", 30));
        assertThat(AppLogs.retention(20).toString()).isEqualTo("ONE_MONTH");
        assertThat(AppLogs.retention(400).toString()).isEqualTo("TWO_YEARS");
    }

    @Test
    void theCloudWatchAgentShipsTheAppOpsAndBootLogs() {
        for (String script : List.of(web, worker)) {
            assertThat(script)
                    .contains("amazon-cloudwatch-agent")
                    .contains("StandardOutput=append:/var/log/anb/app.log")
                    .contains("\"file_path\": \"/var/log/anb/app.log\", \"log_group_name\": \"{\"Ref\":\"AppLogsGroup")
                    .contains("\"log_stream_name\": \"{instance_id}/app\"")
                    .contains("/var/log/cloud-init-output.log")
                    .contains("amazon-cloudwatch-agent-ctl -a fetch-config -m ec2 -s");
        }
    }

    @Test
    void eachInstanceSignalsOnlyOnceItsAppIsReady() {
        for (String script : List.of(web, worker)) {
            assertThat(script)
                    .contains("trap 'signal 1' ERR")
                    .contains("/opt/aws/bin/cfn-signal -e \"$1\" --stack AnbServices --resource ")
                    .contains("curl -sf -m 5 http://127.0.0.1:8080/actuator/health/readiness");
            assertThat(script.indexOf("signal 0")).isGreaterThan(script.indexOf("actuator/health/readiness"));
        }
        assertThat(web).contains("--resource WebGroup");
        assertThat(worker).contains("--resource WorkerGroup");
    }

    @Test
    void releasesWaitForSignalsAndKeepTheMinimumInService() {
        for (var group : List.of(List.of("WebGroup", 2), List.of("WorkerGroup", 1))) {
            Map<String, Object> resource = services.findResources("AWS::AutoScaling::AutoScalingGroup").entrySet()
                    .stream().filter(e -> e.getKey().startsWith((String) group.get(0))).findFirst().orElseThrow()
                    .getValue();
            assertThat(Cfn.json(resource.get("CreationPolicy")))
                    .isEqualTo("{\"ResourceSignal\":{\"Count\":" + group.get(1) + ",\"Timeout\":\"PT15M\"}}");
            assertThat(Cfn.json(resource.get("UpdatePolicy"))).contains("\"WaitOnResourceSignals\":true")
                    .contains("\"MinInstancesInService\":" + group.get(1)).contains("\"MaxBatchSize\":1")
                    .contains("\"PauseTime\":\"PT15M\"");
        }
    }

    @Test
    void workersStartAndRollAfterTheWebTierThatCreatesTheirLogin() {
        Map<String, Object> worker = services.findResources("AWS::AutoScaling::AutoScalingGroup").entrySet().stream()
                .filter(e -> e.getKey().startsWith("WorkerGroup")).findFirst().orElseThrow().getValue();
        assertThat(Cfn.json(worker.get("DependsOn"))).contains("WebGroup");
    }

    @Test
    void mediaOriginalsGoToInfrequentAccessThenExpireAndVersionsProtectDeletes() {
        Template data = SynthesizedPlatform.defaults().data();
        data.hasResourceProperties("AWS::S3::Bucket", Map.of(
                "VersioningConfiguration", Map.of("Status", "Enabled"),
                "LifecycleConfiguration", Map.of("Rules", Match.arrayWith(List.of(
                        Match.objectLike(Map.of("AbortIncompleteMultipartUpload",
                                Map.of("DaysAfterInitiation", 1))),
                        Match.objectLike(Map.of("Prefix", "uploads/", "ExpirationInDays", 180,
                                "Transitions", List.of(Map.of("StorageClass", "STANDARD_IA",
                                        "TransitionInDays", 30)))),
                        Match.objectLike(Map.of("NoncurrentVersionExpiration", Map.of("NoncurrentDays", 30))))))));
    }

    @Test
    void eachTierHasItsOwnGeneratedDatabaseLogin() {
        Template data = SynthesizedPlatform.defaults().data();
        for (String user : List.of("anb_api", "anb_worker")) {
            data.hasResourceProperties("AWS::SecretsManager::Secret", Map.of("GenerateSecretString", Match.objectLike(
                    Map.of("SecretStringTemplate", "{\"username\":\"" + user + "\"}",
                            "GenerateStringKey", "password", "ExcludePunctuation", true))));
        }
    }
}
