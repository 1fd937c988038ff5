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
        assertThat(settings.cloudFront()).isTrue();
        assertThat(settings.albHttps()).isFalse();
        assertThat(settings.architecture()).isEqualTo(InfraSettings.Architecture.X86_64);
        assertThat(settings.webInstanceType()).isEqualTo("t3.small");
        assertThat(settings.workerInstanceType()).isEqualTo("c6i.large");
        assertThat(settings.workerBacklogTarget()).isEqualTo(3);
        assertThat(settings.jarKey()).isEqualTo("releases/0.1.0/anb-showcase-app.jar");
        assertThat(settings.usesExistingRole()).isFalse();
        assertThat(settings.dbDeletionProtection()).isTrue();
    }

    /**
     * Every instance holds its whole connection pool open (Hikari fills it to the maximum), so the pools of both
     * groups at full size, plus one instance of each being replaced by a rolling update, must fit in what the
     * default database accepts: RDS's max_connections is LEAST(DBInstanceClassMemory / 9531392, 5000), under 1 GiB /
     * 9531392 = 112 for db.t4g.micro, less 3 reserved for superusers. A web node also holds one connection of its own
     * outside the pool, on which it hears the node caches' evictions.
     */
    @Test
    void defaultConnectionPoolsFitTheDefaultDatabase() {
        InfraSettings settings = settings(Map.of());
        int atMostAccepted = (int) (1024L * 1024 * 1024 / 9_531_392) - 3;
        int opened = (settings.webMaxCapacity() + 1) * (settings.webDbPoolSize() + 1)
                + (settings.workerMaxCapacity() + 1) * settings.workerDbPoolSize();
        assertThat(settings.dbInstanceType()).isEqualTo("t4g.micro");
        assertThat(opened).isEqualTo(84).isLessThan(atMostAccepted);
    }

    @Test
    void refusesAPoolTooSmallForTheAppsOwnBackgroundWork() {
        assertThatIllegalArgumentException().isThrownBy(() -> settings(Map.of("workerDbPoolSize", "1")))
                .withMessageContaining("workerDbPoolSize");
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
    void gravitonPicksArmInstanceTypesForBothTiers() {
        InfraSettings settings = settings(Map.of("architecture", "arm64"));
        assertThat(settings.architecture()).isEqualTo(InfraSettings.Architecture.ARM64);
        assertThat(settings.webInstanceType()).isEqualTo("t4g.small");
        assertThat(settings.workerInstanceType()).isEqualTo("c7g.large");
    }

    @Test
    void refusesToDeployWithoutAVersionToRelease() {
        Map<String, Object> context = new HashMap<>(Map.of("account", "123456789012", "region", "us-east-1",
                "artifactsBucket", "artifacts"));
        assertThatIllegalArgumentException().isThrownBy(() -> InfraSettings.from(app(context).getNode()))
                .withMessageContaining("appVersion");
    }

    @Test
    void withoutACertificateTheCloudFrontModeNeedsUsEast1() {
        assertThatIllegalArgumentException().isThrownBy(() -> settings(Map.of("region", "eu-west-1")))
                .withMessageContaining("us-east-1");
        assertThat(settings(Map.of("region", "eu-west-1", "certificateArn", "arn:aws:acm:eu-west-1:1:certificate/x"))
                .albHttps()).isTrue();
    }

    @Test
    void originalsExpireAfterTheyMoveToInfrequentAccess() {
        assertThat(settings(Map.of()).originalsExpireDays()).isEqualTo(180);
        assertThatIllegalArgumentException().isThrownBy(() -> settings(Map.of("originalsExpireDays", "20")))
                .withMessageContaining("originalsExpireDays");
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

    @Test
    void mailIsSentFromTheSitesDomainOrFromAGivenAddress() {
        Map<String, Object> withDomain = new HashMap<>(Map.of("certificateArn", "arn:aws:acm:us-east-1:1:certificate/x",
                "domainName", "concurso.example.com", "mailFrom", ""));
        InfraSettings fromDomain = settings(withDomain);
        assertThat(fromDomain.mailFromDomain()).isEqualTo("concurso.example.com");
        assertThat(fromDomain.mailFrom()).isEqualTo("no-reply@concurso.example.com");
        assertThat(settings(Map.of()).mailFromDomain()).isNull();
        assertThatIllegalArgumentException().isThrownBy(() -> settings(Map.of("mailFrom", "")))
                .withMessageContaining("mailFrom");
        assertThatIllegalArgumentException().isThrownBy(() -> settings(Map.of("mailFromDomain", "example.net")))
                .withMessageContaining("mailFromDomain");
    }

    private static InfraSettings settings(Map<String, Object> extra) {
        Map<String, Object> context = new HashMap<>(Map.of("account", "123456789012", "region", "us-east-1",
                "artifactsBucket", "artifacts", "appVersion", "0.1.0", "mailFrom", "concurso@example.org"));
        context.putAll(extra);
        return InfraSettings.from(app(context).getNode());
    }

    private static App app(Map<String, Object> context) {
        return new App(AppProps.builder().context(context).build());
    }
}
