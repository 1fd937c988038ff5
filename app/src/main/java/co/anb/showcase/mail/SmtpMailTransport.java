package co.anb.showcase.mail;

import jakarta.mail.internet.MimeMessage;
import org.springframework.mail.javamail.JavaMailSender;

/** SMTP through Spring Boot mail ({@code spring.mail.*}); without a host there is no sender and nothing is sent. */
final class SmtpMailTransport implements MailTransport {

    private final JavaMailSender sender;

    SmtpMailTransport(JavaMailSender sender) {
        this.sender = sender;
    }

    @Override
    public void send(MimeMessage message) {
        sender.send(message);
    }

    @Override
    public boolean ready() {
        return sender != null;
    }
}
