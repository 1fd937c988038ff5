package co.anb.showcase.mail;

import jakarta.annotation.PreDestroy;
import jakarta.mail.MessagingException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
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

    private final MailTransport transport;
    private final MailProperties properties;
    private final ThreadPoolExecutor executor = new ThreadPoolExecutor(2, 2, 0, TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(BACKLOG), new CustomizableThreadFactory("mail-"),
            (task, pool) -> log.warn("Mail backlog full: a mail was dropped"));

    Mailer(ObjectProvider<MailTransport> transport, MailProperties properties) {
        MailTransport configured = transport.getIfAvailable();
        this.transport = configured != null && configured.ready() ? configured : null;
        this.properties = properties;
        if (this.transport == null) {
            log.warn("No mail transport configured (spring.mail.host or anb.mail.transport=ses): mails are "
                    + "logged as dropped, not sent");
        }
    }

    /** Queues the mail and returns at once. */
    public void sendLater(OutgoingMail mail) {
        executor.execute(() -> send(mail));
    }

    private void send(OutgoingMail mail) {
        if (transport == null) {
            log.warn("Mail \"{}\" not sent: no mail transport configured", mail.subject());
            return;
        }
        try {
            transport.send(MailMessages.compose(properties.from(), mail));
        } catch (MessagingException | RuntimeException e) {
            // SMTP and SES failures alike (both unchecked); no address in the log: the recipient can ask again
            log.warn("Mail \"{}\" could not be sent: {}", mail.subject(), e.getMessage());
        }
    }

    @PreDestroy
    void stop() throws InterruptedException {
        executor.shutdown();
        executor.awaitTermination(10, TimeUnit.SECONDS);
    }
}
