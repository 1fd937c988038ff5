package co.anb.showcase.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * The one way a mail is built, whatever carries it: UTF-8 (Spanish text), plain text with an HTML alternative, the
 * configured sender. No transport session is needed to build it, so SES can send the very bytes SMTP would.
 */
public final class MailMessages {

    private static final Session NO_TRANSPORT = Session.getInstance(new Properties());

    private MailMessages() {
    }

    public static MimeMessage compose(String from, OutgoingMail mail) throws MessagingException {
        MimeMessage message = new MimeMessage(NO_TRANSPORT);
        var helper = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
        helper.setFrom(from);
        helper.setTo(mail.to());
        helper.setSubject(mail.subject());
        helper.setText(mail.text(), mail.html());
        message.saveChanges();
        return message;
    }
}
