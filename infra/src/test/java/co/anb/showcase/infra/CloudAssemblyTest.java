package co.anb.showcase.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

class CloudAssemblyTest {

    @Test
    void templatesAreWrittenToTargetCdkOutForReview() {
        SynthesizedPlatform.defaults();
        for (String stack : List.of("AnbNetwork", "AnbData", "AnbMessaging", "AnbServices", "AnbMonitoring")) {
            assertThat(SynthesizedPlatform.OUT.resolve(stack + ".template.json")).isNotEmptyFile();
            assertThat(SynthesizedPlatform.OUT.resolve("AwsSolutions-" + stack + "-NagReport.csv")).isNotEmptyFile();
        }
    }

    @Test
    void bootstraplessDeployNeedsNoBootstrapStack() {
        SynthesizedPlatform academy = SynthesizedPlatform.allOptions();
        academy.stacks().forEach(stack -> assertThat(academy.template(stack).toJSON()).doesNotContainKey("Rules")
                .satisfies(t -> assertThat(String.valueOf(t.get("Parameters"))).doesNotContain("BootstrapVersion")));
        SynthesizedPlatform.defaults().stacks().forEach(stack ->
                assertThat(String.valueOf(SynthesizedPlatform.defaults().template(stack).toJSON().get("Parameters")))
                        .contains("BootstrapVersion"));
    }

    @Test
    void cdkJsonRunsThisAppFromTheInfraFolder() throws Exception {
        assertThat(java.nio.file.Files.readString(Path.of("cdk.json")))
                .contains("\"app\"").contains("exec:java");
    }
}
