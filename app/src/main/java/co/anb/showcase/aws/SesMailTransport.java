package co.anb.showcase.aws;

import co.anb.showcase.mail.MailTransport;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.sesv2.SesV2Client;
import software.amazon.awssdk.services.sesv2.model.EmailContent;
import software.amazon.awssdk.services.sesv2.model.RawMessage;
import software.amazon.awssdk.services.sesv2.model.SendEmailRequest;

/**
 * Sends through the Amazon SES v2 API with the instance role's credentials (no SMTP password to keep): the composed
 * MIME message goes as is ({@code Content.Raw}), so it is byte for byte what SMTP would carry; SES reads sender and
 * recipients from its headers. The configuration set makes SES count deliveries, bounces and complaints.
 */
final class SesMailTransport implements MailTransport {

    private final SesV2Client ses;
    private final String configurationSet;

    SesMailTransport(SesV2Client ses, String configurationSet) {
        this.ses = ses;
        this.configurationSet = configurationSet == null || configurationSet.isBlank() ? null : configurationSet;
    }

    @Override
    public void send(MimeMessage message) throws MessagingException {
        ses.sendEmail(request(message));
    }

    /** The request SES receives: the message's MIME bytes and the configuration set. */
    SendEmailRequest request(MimeMessage message) throws MessagingException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            message.writeTo(bytes);
        } catch (IOException e) {
            throw new MessagingException("The message could not be written", e);
        }
        return SendEmailRequest.builder()
                .content(EmailContent.builder()
                        .raw(RawMessage.builder().data(SdkBytes.fromByteArray(bytes.toByteArray())).build())
                        .build())
                .configurationSetName(configurationSet)
                .build();
    }
}
