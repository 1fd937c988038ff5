package co.anb.showcase.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import software.amazon.awscdk.App;
import software.amazon.awscdk.AppProps;

class InfraSettingsTest {

    @Test
    void defaultsAreHighlyAvailableOverTwoZones() {
        InfraSettings settings = settings(Map.of());
        assertThat(settings.azCount()).isEqualTo(2);
        assertThat(settings.natGateways()).isEqualTo(2);
        assertThat(settings.webMinCapacity()).isEqualTo(2);
        assertThat(settings.webMaxCapacity()).isEqualTo(3);
        assertThat(settings.workerMinCapacity()).isEqualTo(1);
        assertThat(settings.workerMaxCapacity()).isEqualTo(3);
        assertThat(settings.jobVisibilitySeconds()).isEqualTo(900);
        assertThat(settings.https()).isFalse();
        assertThat(settings.usesExistingRole()).isFalse();
        assertThat(settings.dbDeletionProtection()).isTrue();
    }

    @Test
    void readsContextValuesGivenAsStringsOnTheCommandLine() {
        InfraSettings settings = settings(Map.of("azCount", "3", "natGateways", "1", "workerMaxCapacity", "5",
                "workerBacklogTarget", "2.5", "dbDeletionProtection", "false"));
        assertThat(settings.azCount()).isEqualTo(3);
        assertThat(settings.natGateways()).isEqualTo(1);
        assertThat(settings.workerMaxCapacity()).isEqualTo(5);
        assertThat(settings.workerBacklogTarget()).isEqualTo(2.5);
        assertThat(settings.dbDeletionProtection()).isFalse();
    }

    @Test
    void existingInstanceProfileDefaultsToTheRoleName() {
        assertThat(settings(Map.of("existingInstanceRoleName", "ops-ec2")).existingInstanceProfileName())
                .isEqualTo("ops-ec2");
    }

    @Test
    void refusesASingleZone() {
        assertThatIllegalArgumentException().isThrownBy(() -> settings(Map.of("azCount", "1")))
                .withMessageContaining("azCount");
    }

    @Test
    void refusesToDeployWithoutAnArtifactsBucket() {
        Map<String, Object> context = new HashMap<>(Map.of("account", "123456789012", "region", "us-east-1"));
        assertThatIllegalArgumentException().isThrownBy(() -> InfraSettings.from(app(context).getNode()))
                .withMessageContaining("artifactsBucket");
    }

    private static InfraSettings settings(Map<String, Object> extra) {
        Map<String, Object> context = new HashMap<>(Map.of("account", "123456789012", "region", "us-east-1",
                "artifactsBucket", "artifacts"));
        context.putAll(extra);
        return InfraSettings.from(app(context).getNode());
    }

    private static App app(Map<String, Object> context) {
        return new App(AppProps.builder().context(context).build());
    }
}
