package co.anb.showcase.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import software.amazon.awscdk.assertions.Template;

class UserDataTest {

    /** SPEC §7 plus the database location; the secrets come from Secrets Manager at start. */
    private static final List<String> VARIABLES_IN_THE_ENV_FILE = List.of("SQS_QUEUE_URL=", "SQS_DLQ_URL=",
            "AWS_REGION=", "S3_BUCKET=", "WORKER_CONCURRENCY=", "SPRING_PROFILES_ACTIVE='aws'", "ANB_ROLE=",
            "DB_HOST=", "DB_PORT=", "DB_NAME='anb'", "DB_SECRET_ARN=");
    private static final List<String> VARIABLES_FROM_SECRETS = List.of("SPRING_DATASOURCE_URL=",
            "SPRING_DATASOURCE_USERNAME=", "SPRING_DATASOURCE_PASSWORD=");

    private final Template services = SynthesizedPlatform.defaults().services();
    private final String web = Cfn.userData(services, "WebLaunchTemplate");
    private final String worker = Cfn.userData(services, "WorkerLaunchTemplate");
    private final String armWorker = Cfn.userData(SynthesizedPlatform.allOptions().services(), "WorkerLaunchTemplate");

    @Test
    void installsJavaAndFetchesTheJarOfTheDeployedVersion() {
        for (String script : List.of(web, worker)) {
            assertThat(script)
                    .contains("dnf install -y java-21-amazon-corretto-headless")
                    .contains("aws s3 cp \"s3://" + SynthesizedPlatform.ARTIFACTS_BUCKET + "/releases/"
                            + SynthesizedPlatform.APP_VERSION + "/anb-showcase-app.jar\" /opt/anb/app.jar")
                    // x86-64: the FFmpeg bundled in the jar, the one the app's tests run.
                    .doesNotContain("ffmpeg.tar.xz").doesNotContain("FFMPEG_PATH");
        }
    }

    @Test
    void onArmTheAppRunsTheStaticFfmpegTheUserDataUnpacks() {
        assertThat(armWorker)
                .contains("/tools/ffmpeg-release-arm64-static.tar.xz\" /tmp/ffmpeg.tar.xz")
                .contains("tar -xJf /tmp/ffmpeg.tar.xz -C /opt/ffmpeg --strip-components=1")
                .contains("\nFFMPEG_PATH='/opt/ffmpeg/ffmpeg'\n")
                .contains("\nFFPROBE_PATH='/opt/ffmpeg/ffprobe'\n");
    }

    @Test
    void runsTheJarUnderSystemdAsAnUnprivilegedUser() {
        for (String script : List.of(web, worker)) {
            assertThat(script)
                    .contains("useradd --system")
                    .contains("User=anb")
                    .contains("ExecStart=/opt/anb/start.sh")
                    .contains("exec java $JAVA_OPTS -jar /opt/anb/app.jar")
                    .contains("systemctl enable --now anb.service")
                    .doesNotContain("User=root");
        }
    }

    @Test
    void eachTierRunsItsOwnRoleWithItsOwnHeapShareAndFullJit() {
        assertThat(web).contains("ANB_ROLE='api'").doesNotContain("ANB_ROLE='worker'")
                .contains("JAVA_OPTS='-XX:MaxRAMPercentage=75 ");
        assertThat(worker).contains("ANB_ROLE='worker'").doesNotContain("ANB_ROLE='api'")
                .contains("JAVA_OPTS='-XX:MaxRAMPercentage=40 ");
        assertThat(web + worker).doesNotContain("TieredStopAtLevel");
    }

    @Test
    void eachTierGetsAConnectionPoolSizedForIt() {
        assertThat(web).contains("\nDB_POOL_SIZE='15'\n");
        assertThat(worker).contains("\nDB_POOL_SIZE='5'\n");
    }

    @Test
    void givesTheAppEveryVariableItReads() {
        for (String script : List.of(web, worker)) {
            VARIABLES_IN_THE_ENV_FILE.forEach(variable -> assertThat(script).contains("\n" + variable));
            VARIABLES_FROM_SECRETS.forEach(variable -> assertThat(script).contains("export " + variable));
        }
    }

    @Test
    void secretsAreReadFromSecretsManagerAtStartNeverWrittenInClear() {
        for (String script : List.of(web, worker)) {
            assertThat(script)
                    .contains("secret \"$DB_SECRET_ARN\"")
                    .doesNotContain("resolve:secretsmanager")
                    .doesNotContainPattern("(?m)^(SPRING_DATASOURCE_PASSWORD|JWT_SECRET|SPRING_FLYWAY_PASSWORD)=");
        }
    }

    @Test
    void onlyTheWebTierHasTheSigningKeyAndMigratesAsTheMaster() {
        assertThat(web).contains("JWT_SECRET_ARN='{\"Fn::ImportValue\":\"AnbData:")
                .contains("DB_MASTER_SECRET_ARN=")
                .contains("export SPRING_FLYWAY_USER=").contains("export SPRING_FLYWAY_PASSWORD=");
        assertThat(web).containsPattern("(?m)^DB_SECRET_ARN='\\{\"Fn::ImportValue\":\"AnbData:.*ApiUser");
        assertThat(web).contains("VOTE_AUDIT_SECRET_ARN='{\"Fn::ImportValue\":\"AnbData:");
        assertThat(worker).doesNotContain("JWT_SECRET_ARN=").doesNotContain("VOTE_AUDIT_SECRET_ARN=")
                .doesNotContain("DB_MASTER_SECRET_ARN=")
                .doesNotContain("DB_API_SECRET_ARN=")
                .contains("\nSPRING_FLYWAY_ENABLED='false'\n")
                .containsPattern("(?m)^DB_SECRET_ARN='\\{\"Fn::ImportValue\":\"AnbData:.*WorkerUser");
    }

    @Test
    void theWebTierCreatesTheTierLoginsWithGrantsForEach() {
        assertThat(web)
                .contains("dnf install -y java-21-amazon-corretto-headless jq tar xz aws-cfn-bootstrap")
                .contains(StartScripts.PSQL_PACKAGE)
                .contains("CREATE ROLE anb_api LOGIN").contains("CREATE ROLE anb_worker LOGIN")
                .contains("\\getenv api_password API_PASSWORD")
                .contains("ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES "
                        + "TO anb_api")
                .contains("GRANT UPDATE ON videos TO anb_worker")
                .contains("GRANT INSERT, UPDATE ON outbox TO anb_worker")
                .contains("REVOKE ALL ON flyway_schema_history FROM anb_api, anb_worker")
                .doesNotContain("GRANT DELETE ON videos TO anb_worker");
        // Before the app starts (roles), and again once Flyway has created the tables (table grants).
        assertThat(web.indexOf("runuser -u anb -- /opt/anb/db-roles.sh"))
                .isGreaterThan(web.indexOf("systemctl enable --now anb.service"))
                .isLessThan(web.indexOf("signal 0"));
        assertThat(worker).doesNotContain("db-roles.sql").doesNotContain("CREATE ROLE")
                .doesNotContain(StartScripts.PSQL_PACKAGE);
    }

    @Test
    void behindTheAlbTheAppTrustsForwardedHeadersFromTheVpcOnly() {
        assertThat(web).contains("\nSERVER_FORWARD_HEADERS_STRATEGY='native'\n")
                .contains("\nSERVER_TOMCAT_REMOTEIP_INTERNAL_PROXIES='10\\.40\\.\\d{1,3}\\.\\d{1,3}'\n");
        assertThat("10.40.17.3").matches(TierEnvironment.VPC_PROXIES);
        assertThat("10.41.17.3").doesNotMatch(TierEnvironment.VPC_PROXIES);
    }

    @Test
    void publishesOnlyTheAppsOwnMetersToCloudWatch() {
        for (String script : List.of(web, worker)) {
            assertThat(script).contains("\nMANAGEMENT_METRICS_ENABLE_ALL='false'\n")
                    .contains("\nMANAGEMENT_METRICS_ENABLE_ANB_PROCESSING_DURATION='true'\n")
                    .contains("\nMANAGEMENT_METRICS_ENABLE_ANB_JOBS='true'\n");
        }
    }

    @Test
    void workerCompletesTheLifecycleHookAfterDraining() {
        assertThat(worker)
                .contains("autoscaling/target-lifecycle-state")
                .contains("systemctl stop anb.service")
                .contains("aws autoscaling complete-lifecycle-action --lifecycle-action-result CONTINUE")
                .contains("WORKER_ASG_NAME='AnbServices-workers'")
                .contains("WORKER_LIFECYCLE_HOOK_NAME='" + ServicesStack.DRAIN_HOOK_NAME + "'");
        assertThat(worker.indexOf("systemctl stop anb.service"))
                .isLessThan(worker.indexOf("complete-lifecycle-action"));
        assertThat(web).doesNotContain("complete-lifecycle-action");
    }

    @Test
    void aWorkerRunsTwoRendersEachWithinItsShareOfMemory() {
        assertThat(worker).contains("WORKER_CONCURRENCY='2'").contains("ANB_FFMPEG_FFMPEGMEMORY='1GB'");
        assertThat(web).doesNotContain("ANB_FFMPEG_FFMPEGMEMORY");
    }

    @Test
    void aWorkerWhoseAppIsNotReadyIsReportedUnhealthy() {
        assertThat(worker)
                .contains("curl -sf -m 5 http://127.0.0.1:8080/actuator/health/readiness")
                .contains("-ge 20 ]")
                .contains("aws autoscaling set-instance-health --instance-id \"$(imds instance-id)\" "
                        + "--health-status Unhealthy")
                .contains("systemctl enable --now anb-drain.service anb-health.service");
    }
}
