package co.anb.showcase.infra;

import java.util.List;

import software.amazon.awscdk.ArnComponents;
import software.amazon.awscdk.CfnOutput;
import software.amazon.awscdk.Fn;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.ses.CloudWatchDimension;
import software.amazon.awscdk.services.ses.CloudWatchDimensionSource;
import software.amazon.awscdk.services.ses.ConfigurationSet;
import software.amazon.awscdk.services.ses.ConfigurationSetEventDestinationOptions;
import software.amazon.awscdk.services.ses.EmailIdentity;
import software.amazon.awscdk.services.ses.EmailSendingEvent;
import software.amazon.awscdk.services.ses.EventDestination;
import software.amazon.awscdk.services.ses.Identity;
import software.amazon.awscdk.services.ses.SuppressionReasons;
import software.constructs.Construct;

/**
 * Amazon SES for the app's mails (the verification link above all: with verified voters only, no mail means no
 * vote). A domain identity signs with Easy DKIM (the three CNAMEs are an output to publish); an address identity
 * is verified by the link SES mails to it. Sends go through a configuration set that publishes reputation and
 * delivery, bounce and complaint counts to CloudWatch and keeps bouncing or complaining addresses suppressed.
 */
final class MailSending extends Construct {

    static final String SENDER_NAME = "ANB Rising Stars";
    /** CloudWatch dimension of every SES event metric; the app sets no message tags, so the default value holds. */
    static final String METRIC_DIMENSION = "anb-mail";

    private final EmailIdentity identity;
    private final ConfigurationSet configurationSet;
    private final String senderAddress;

    MailSending(Construct scope, String id, InfraSettings settings) {
        super(scope, id);
        senderAddress = settings.mailFrom();
        configurationSet = ConfigurationSet.Builder.create(this, "ConfigurationSet")
                .reputationMetrics(true)
                .sendingEnabled(true)
                // A bounced or complaining address is not mailed again: SES pauses senders whose rates grow.
                .suppressionReasons(SuppressionReasons.BOUNCES_AND_COMPLAINTS)
                .build();
        configurationSet.addEventDestination("ToCloudWatch", ConfigurationSetEventDestinationOptions.builder()
                .destination(EventDestination.cloudWatchDimensions(List.of(CloudWatchDimension.builder()
                        .name(METRIC_DIMENSION).source(CloudWatchDimensionSource.MESSAGE_TAG)
                        .defaultValue("all").build())))
                .events(List.of(EmailSendingEvent.SEND, EmailSendingEvent.DELIVERY, EmailSendingEvent.BOUNCE,
                        EmailSendingEvent.COMPLAINT, EmailSendingEvent.REJECT, EmailSendingEvent.DELIVERY_DELAY,
                        EmailSendingEvent.RENDERING_FAILURE))
                .build());
        String domain = settings.mailFromDomain();
        identity = EmailIdentity.Builder.create(this, "Identity")
                .identity(domain != null ? Identity.domain(domain) : Identity.email(senderAddress))
                .dkimSigning(domain != null)
                .configurationSet(configurationSet)
                .build();
        CfnOutput.Builder.create(this, "MailSender").value(senderAddress).build();
        if (domain != null) {
            // Easy DKIM: publish these three CNAMEs in the domain's DNS, then SES verifies the domain by itself.
            CfnOutput.Builder.create(this, "MailDkimRecords").value(Fn.join(" ", List.of(
                    identity.getDkimDnsTokenName1(), "CNAME", identity.getDkimDnsTokenValue1(), ";",
                    identity.getDkimDnsTokenName2(), "CNAME", identity.getDkimDnsTokenValue2(), ";",
                    identity.getDkimDnsTokenName3(), "CNAME", identity.getDkimDnsTokenValue3()))).build();
        }
    }

    /** The From header of every mail: the display name and the identity's address. */
    String sender() {
        return SENDER_NAME + " <" + senderAddress + ">";
    }

    String configurationSetName() {
        return configurationSet.getConfigurationSetName();
    }

    String identityArn() {
        return identity.getEmailIdentityArn();
    }

    String configurationSetArn() {
        return Stack.of(this).formatArn(ArnComponents.builder().service("ses").resource("configuration-set")
                .resourceName(configurationSetName()).build());
    }
}
