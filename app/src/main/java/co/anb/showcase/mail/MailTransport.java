package co.anb.showcase.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/**
 * How a composed message leaves the app ({@code anb.mail.transport}): SMTP through Spring Boot mail (GreenMail
 * locally), or the Amazon SES API with the instance's role on AWS. Both carry the same MIME message.
 */
public interface MailTransport {

    /** Hands the message over; failures are thrown here and only logged by the {@link Mailer}. */
    void send(MimeMessage message) throws MessagingException;

    /** False when nothing is configured to send with: mails are then logged as dropped. */
    default boolean ready() {
        return true;
    }
}
