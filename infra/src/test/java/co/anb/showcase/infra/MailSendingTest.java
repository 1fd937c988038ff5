package co.anb.showcase.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

/** SES: the sender's identity, a configuration set that reports to CloudWatch, and the web tier told both. */
class MailSendingTest {

    private final Template messaging = SynthesizedPlatform.defaults().messaging();
    private final Template withDomain = SynthesizedPlatform.allOptions().messaging();

    @Test
    void withoutADomainTheSenderAddressIsTheIdentityAndSendsThroughTheConfigurationSet() {
        messaging.resourceCountIs("AWS::SES::EmailIdentity", 1);
        messaging.hasResourceProperties("AWS::SES::EmailIdentity", Map.of(
                "EmailIdentity", SynthesizedPlatform.MAIL_FROM,
                "ConfigurationSetAttributes", Map.of("ConfigurationSetName",
                        Map.of("Ref", Match.stringLikeRegexp("MailConfigurationSet.*")))));
        messaging.hasResourceProperties("AWS::SES::ConfigurationSet", Map.of(
                "ReputationOptions", Map.of("ReputationMetricsEnabled", true),
                "SendingOptions", Map.of("SendingEnabled", true),
                "SuppressionOptions", Map.of("SuppressedReasons", List.of("BOUNCE", "COMPLAINT"))));
    }

    @Test
    void bouncesComplaintsAndDeliveriesAreCountedInCloudWatch() {
        Map<String, Object> destination = Cfn.onlyProperties(messaging,
                "AWS::SES::ConfigurationSetEventDestination", "MailConfigurationSetToCloudWatch");
        String json = Cfn.json(destination);
        assertThat(json).contains("\"Enabled\":true", "CloudWatchDestination",
                "\"DimensionName\":\"" + MailSending.METRIC_DIMENSION + "\"");
        assertThat(json).contains("\"send\"", "\"delivery\"", "\"bounce\"", "\"complaint\"", "\"reject\"");
    }

    @Test
    void withADomainTheDomainIsTheIdentityWithDkimAndTheSenderIsAnAddressOfIt() {
        withDomain.hasResourceProperties("AWS::SES::EmailIdentity", Map.of(
                "EmailIdentity", "concurso.example.com",
                "DkimAttributes", Map.of("SigningEnabled", true)));
        assertThat(Cfn.json(withDomain.findOutputs("*", Map.of())))
                .contains("no-reply@concurso.example.com", "DkimDNSTokenName1", "DkimDNSTokenValue3");
    }

    @Test
    void theWebTierIsToldTheSenderAndTheConfigurationSetAndTheWorkerIsNot() {
        Template services = SynthesizedPlatform.defaults().services();
        String web = Cfn.userData(services, "WebLaunchTemplate");
        String worker = Cfn.userData(services, "WorkerLaunchTemplate");
        assertThat(web).contains("MAIL_FROM='ANB Rising Stars <" + SynthesizedPlatform.MAIL_FROM + ">'")
                .containsPattern("MAIL_CONFIGURATION_SET='\\{\"Fn::ImportValue\":"
                        + "\"AnbMessaging:[^\"]*MailConfigurationSet");
        assertThat(worker).doesNotContain("MAIL_FROM", "MAIL_CONFIGURATION_SET");
    }
}
