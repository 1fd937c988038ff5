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
    void cdkJsonRunsThisAppFromTheInfraFolder() throws Exception {
        assertThat(java.nio.file.Files.readString(Path.of("cdk.json")))
                .contains("\"app\"").contains("exec:java");
    }
}
