package co.anb.showcase.mail;

import jakarta.annotation.PreDestroy;
import jakarta.mail.MessagingException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;
import org.springframework.stereotype.Component;

/**
 * Sends mail off the caller's thread: a slow or unreachable mail server must never slow down or fail the request
 * that asked for the mail. A failure is logged and the mail dropped; every mail the app sends can be asked for
 * again by its recipient (e.g. the verification mail), so there is no retry queue to keep.
 */
@Component
@EnableConfigurationProperties(MailProperties.class)
public class Mailer {

    private static final Logger log = LoggerFactory.getLogger(Mailer.class);
    /** Mails waiting for a sender thread; past this a burst is dropped (and logged) rather than held in memory. */
    private static final int BACKLOG = 1_000;

    private final JavaMailSender sender;
    private final MailProperties properties;
    private final ThreadPoolExecutor executor = new ThreadPoolExecutor(2, 2, 0, TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(BACKLOG), new CustomizableThreadFactory("mail-"),
            (task, pool) -> log.warn("Mail backlog full: a mail was dropped"));

    Mailer(ObjectProvider<JavaMailSender> sender, MailProperties properties) {
        this.sender = sender.getIfAvailable();
        this.properties = properties;
        if (this.sender == null) {
            log.warn("No mail server configured (spring.mail.host): mails are logged as dropped, not sent");
        }
    }

    /** Queues the mail and returns at once. */
    public void sendLater(OutgoingMail mail) {
        executor.execute(() -> send(mail));
    }

    private void send(OutgoingMail mail) {
        if (sender == null) {
            log.warn("Mail \"{}\" not sent: no mail server configured", mail.subject());
            return;
        }
        try {
            var message = sender.createMimeMessage();
            var helper = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
            helper.setFrom(properties.from());
            helper.setTo(mail.to());
            helper.setSubject(mail.subject());
            helper.setText(mail.text(), mail.html());
            sender.send(message);
        } catch (MailException | MessagingException e) {
            // no address in the log: the recipient can ask for the mail again
            log.warn("Mail \"{}\" could not be sent: {}", mail.subject(), e.getMessage());
        }
    }

    @PreDestroy
    void stop() throws InterruptedException {
        executor.shutdown();
        executor.awaitTermination(10, TimeUnit.SECONDS);
    }
}
