package co.anb.showcase.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

class IamTest {

    private static final String ARTIFACTS = "arn:\",{\"Ref\":\"AWS::Partition\"},\":s3:::"
            + SynthesizedPlatform.ARTIFACTS_BUCKET + "/";

    private final Template services = SynthesizedPlatform.defaults().services();

    @Test
    void webRoleSendsToTheQueueAndTouchesOnlyTheMediaPrefixes() {
        List<Map<String, Object>> web = Cfn.statements(services, "WebIdentityPolicy");
        assertThat(resourcesOf(web, "sqs:SendMessage")).singleElement()
                .satisfies(r -> assertThat(Cfn.json(r)).contains("AnbMessaging:").contains("JobQueue")
                        .doesNotContain("DeadLetter"));
        assertThat(actions(web)).noneMatch(a -> a.equals("sqs:ReceiveMessage") || a.equals("sqs:DeleteMessage")
                || a.startsWith("autoscaling:"));
        assertMediaPrefixesOnly(web);
        // The web tier migrates as the master and creates both tier logins; it signs the tokens.
        assertSecretsOnly(web, "DatabasePostgresSecret", "DatabaseUsersApiUser", "DatabaseUsersWorkerUser",
                "JwtSecret", "VoteAuditSecret");
    }

    @Test
    void workerRoleConsumesQueueAndDeadLettersAndControlsOnlyItsOwnGroup() {
        List<Map<String, Object>> worker = Cfn.statements(services, "WorkerIdentityPolicy");
        for (String action : List.of("sqs:ReceiveMessage", "sqs:DeleteMessage", "sqs:ChangeMessageVisibility",
                "sqs:GetQueueAttributes")) {
            assertThat(resourcesOf(worker, action)).extracting(Cfn::json)
                    .hasSize(2)
                    .anySatisfy(r -> assertThat(r).contains("JobQueue"))
                    .anySatisfy(r -> assertThat(r).contains("JobDeadLetterQueue"));
        }
        for (String action : List.of("autoscaling:CompleteLifecycleAction", "autoscaling:SetInstanceProtection",
                "autoscaling:SetInstanceHealth")) {
            assertThat(resourcesOf(worker, action)).extracting(Cfn::json).singleElement()
                    .satisfies(r -> assertThat(r).contains(":autoScalingGroup:*:autoScalingGroupName/AnbServices-workers"));
        }
        // The outbox relay and the sweeper re-send jobs from workers too: to the job queue only.
        assertThat(resourcesOf(worker, "sqs:SendMessage")).extracting(Cfn::json).singleElement()
                .satisfies(r -> assertThat(r).contains("JobQueue").doesNotContain("DeadLetter"));
        assertMediaPrefixesOnly(worker);
        // It parses untrusted video: its own login only, neither the master nor the signing key.
        assertSecretsOnly(worker, "DatabaseUsersWorkerUser");
    }

    @Test
    void onlyTheWebRoleMaySendMailAndOnlyAsTheIdentityThroughTheConfigurationSet() {
        List<Map<String, Object>> web = Cfn.statements(services, "WebIdentityPolicy");
        for (String action : List.of("ses:SendEmail", "ses:SendRawEmail")) {
            assertThat(resourcesOf(web, action)).extracting(Cfn::json).hasSize(2)
                    .anySatisfy(r -> assertThat(r).contains("AnbMessaging:").contains("MailIdentity"))
                    .anySatisfy(r -> assertThat(r).contains(":configuration-set/").contains("MailConfigurationSet"));
        }
        // The worker parses untrusted video: it must not be able to mail anyone.
        assertThat(actions(Cfn.statements(services, "WorkerIdentityPolicy"))).noneMatch(a -> a.startsWith("ses:"));
    }

    @Test
    void bothTiersSignalTheirStackAndWriteOnlyToTheAppLogGroup() {
        for (String policy : List.of("WebIdentityPolicy", "WorkerIdentityPolicy")) {
            List<Map<String, Object>> statements = Cfn.statements(services, policy);
            assertThat(resourcesOf(statements, "cloudformation:SignalResource")).containsExactly(
                    Map.of("Ref", "AWS::StackId"));
            assertThat(resourcesOf(statements, "logs:PutLogEvents")).extracting(Cfn::json).singleElement()
                    .satisfies(r -> assertThat(r).contains("AppLogsGroup").contains("Arn"));
        }
    }

    @Test
    void onlyPutMetricDataUsesAWildcardResourceAndOnlyInTheAnbNamespace() {
        for (String policy : List.of("WebIdentityPolicy", "WorkerIdentityPolicy")) {
            for (Map<String, Object> statement : Cfn.statements(services, policy)) {
                assertThat(statement.get("Effect")).isEqualTo("Allow");
                assertThat(Cfn.list(statement.get("Action"))).noneMatch(a -> a.toString().contains("*"));
                if (Cfn.list(statement.get("Resource")).contains("*")) {
                    assertThat(Cfn.list(statement.get("Resource"))).containsExactly("*");
                    assertThat(Cfn.list(statement.get("Action"))).containsExactly("cloudwatch:PutMetricData");
                    assertThat(statement.get("Condition"))
                            .isEqualTo(Map.of("StringEquals", Map.of("cloudwatch:namespace", "ANB")));
                }
            }
            assertThat(resourcesOf(Cfn.statements(services, policy), "cloudwatch:PutMetricData")).containsExactly("*");
        }
    }

    @Test
    void instancesReadOnlyTheReleaseJarAndFfmpegFromTheArtifactsBucket() {
        for (String policy : List.of("WebIdentityPolicy", "WorkerIdentityPolicy")) {
            List<Map<String, Object>> statements = Cfn.statements(services, policy);
            assertThat(resourcesOf(statements, "s3:GetObject")).extracting(Cfn::json)
                    .filteredOn(r -> r.contains(":s3:::"))
                    // x86-64 runs the FFmpeg bundled in the jar: only the jar of this version.
                    .containsExactly("{\"Fn::Join\":[\"\",[\"" + ARTIFACTS + "releases/"
                            + SynthesizedPlatform.APP_VERSION + "/anb-showcase-app.jar\"]]}");
        }
    }

    @Test
    void instancesUseSessionManagerInsteadOfSsh() {
        services.resourceCountIs("AWS::IAM::Role", 2);
        services.allResourcesProperties("AWS::IAM::Role", Map.of(
                "AssumeRolePolicyDocument", Match.objectLike(Map.of("Statement", List.of(Match.objectLike(Map.of(
                        "Principal", Map.of("Service", "ec2.amazonaws.com")))))),
                "ManagedPolicyArns", List.of(Map.of("Fn::Join", List.of("", List.of("arn:",
                        Map.of("Ref", "AWS::Partition"), ":iam::aws:policy/AmazonSSMManagedInstanceCore"))))));
    }

    @Test
    void existingRoleParameterCreatesNoIam() {
        SynthesizedPlatform academy = SynthesizedPlatform.allOptions();
        for (var stack : academy.stacks()) {
            Template template = academy.template(stack);
            for (String type : List.of("AWS::IAM::Role", "AWS::IAM::Policy", "AWS::IAM::ManagedPolicy",
                    "AWS::IAM::InstanceProfile", "AWS::IAM::User")) {
                template.resourceCountIs(type, 0);
            }
        }
        academy.services().allResourcesProperties("AWS::EC2::LaunchTemplate", Map.of(
                "LaunchTemplateData", Match.objectLike(Map.of(
                        "IamInstanceProfile", Map.of("Arn", Match.objectLike(Map.of("Fn::Join",
                                List.of("", Match.arrayWith(List.of(Match.stringLikeRegexp(
                                        ".*:instance-profile/LabInstanceProfile")))))))))));
    }

    private static void assertMediaPrefixesOnly(List<Map<String, Object>> statements) {
        for (String action : List.of("s3:PutObject", "s3:DeleteObject")) {
            assertThat(resourcesOf(statements, action)).extracting(Cfn::json)
                    .hasSize(3)
                    .allSatisfy(r -> assertThat(r).contains("MediaBucket"))
                    .anySatisfy(r -> assertThat(r).endsWith("\"/uploads/*\"]]}"))
                    .anySatisfy(r -> assertThat(r).endsWith("\"/processed/*\"]]}"))
                    .anySatisfy(r -> assertThat(r).endsWith("\"/thumbnails/*\"]]}"));
        }
    }

    private static void assertSecretsOnly(List<Map<String, Object>> statements, String... secrets) {
        List<String> granted = resourcesOf(statements, "secretsmanager:GetSecretValue").stream().map(Cfn::json)
                .toList();
        assertThat(granted).hasSize(secrets.length);
        for (String secret : secrets) {
            assertThat(granted).anySatisfy(r -> assertThat(r).contains(secret));
        }
    }

    private static List<Object> resourcesOf(List<Map<String, Object>> statements, String action) {
        return statements.stream()
                .filter(s -> Cfn.list(s.get("Action")).contains(action))
                .flatMap(s -> Cfn.list(s.get("Resource")).stream())
                .toList();
    }

    private static List<String> actions(List<Map<String, Object>> statements) {
        return statements.stream().flatMap(s -> Cfn.list(s.get("Action")).stream()).map(Object::toString).toList();
    }
}
