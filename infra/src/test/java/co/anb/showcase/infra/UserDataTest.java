package co.anb.showcase.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import software.amazon.awscdk.assertions.Template;

class UserDataTest {

    /** SPEC §7 plus the Spring datasource trio the start script exports. */
    private static final List<String> VARIABLES_IN_THE_ENV_FILE = List.of("SQS_QUEUE_URL=", "SQS_DLQ_URL=",
            "AWS_REGION=", "S3_BUCKET=", "WORKER_CONCURRENCY=", "SPRING_PROFILES_ACTIVE=aws", "ANB_ROLE=");
    private static final List<String> VARIABLES_FROM_SECRETS = List.of("SPRING_DATASOURCE_URL=",
            "SPRING_DATASOURCE_USERNAME=", "SPRING_DATASOURCE_PASSWORD=", "JWT_SECRET=", "VOTE_AUDIT_SECRET=");

    private final Template services = SynthesizedPlatform.defaults().services();
    private final String web = Cfn.userData(services, "WebLaunchTemplate");
    private final String worker = Cfn.userData(services, "WorkerLaunchTemplate");

    @Test
    void installsJavaAndFfmpegAndFetchesTheReleaseJar() {
        for (String script : List.of(web, worker)) {
            assertThat(script)
                    .contains("dnf install -y java-21-amazon-corretto-headless")
                    .contains("aws s3 cp \"s3://" + SynthesizedPlatform.ARTIFACTS_BUCKET
                            + "/tools/ffmpeg-release-amd64-static.tar.xz\"")
                    .contains("ln -sf /opt/ffmpeg/ffmpeg /usr/local/bin/ffmpeg")
                    .contains("ln -sf /opt/ffmpeg/ffprobe /usr/local/bin/ffprobe")
                    .contains("aws s3 cp \"s3://" + SynthesizedPlatform.ARTIFACTS_BUCKET
                            + "/releases/anb-showcase-app.jar\" /opt/anb/app.jar");
        }
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
    void eachTierRunsItsOwnRole() {
        assertThat(web).contains("ANB_ROLE=api").doesNotContain("ANB_ROLE=worker");
        assertThat(worker).contains("ANB_ROLE=worker").doesNotContain("ANB_ROLE=api");
    }

    @Test
    void eachTierGetsAConnectionPoolSizedForIt() {
        assertThat(web).contains("\nDB_POOL_SIZE=15\n");
        assertThat(worker).contains("\nDB_POOL_SIZE=5\n");
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
                    .contains("aws secretsmanager get-secret-value --secret-id \"$DB_SECRET_ARN\"")
                    .contains("aws secretsmanager get-secret-value --secret-id \"$JWT_SECRET_ARN\"")
                    .contains("DB_SECRET_ARN={\"Fn::ImportValue\":\"AnbData:")
                    .contains("JWT_SECRET_ARN={\"Fn::ImportValue\":\"AnbData:")
                    .contains("aws secretsmanager get-secret-value --secret-id \"$VOTE_AUDIT_SECRET_ARN\"")
                    .contains("VOTE_AUDIT_SECRET_ARN={\"Fn::ImportValue\":\"AnbData:")
                    .doesNotContain("resolve:secretsmanager")
                    .doesNotContainPattern("(?m)^(SPRING_DATASOURCE_PASSWORD|JWT_SECRET|VOTE_AUDIT_SECRET)=");
        }
    }

    @Test
    void workerCompletesTheLifecycleHookAfterDraining() {
        assertThat(worker)
                .contains("autoscaling/target-lifecycle-state")
                .contains("systemctl stop anb.service")
                .contains("aws autoscaling complete-lifecycle-action --lifecycle-action-result CONTINUE")
                .contains("WORKER_ASG_NAME=AnbServices-workers")
                .contains("WORKER_LIFECYCLE_HOOK_NAME=" + ServicesStack.DRAIN_HOOK_NAME);
        assertThat(worker.indexOf("systemctl stop anb.service"))
                .isLessThan(worker.indexOf("complete-lifecycle-action"));
        assertThat(web).doesNotContain("complete-lifecycle-action");
    }
}
