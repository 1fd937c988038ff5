package co.anb.showcase.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** A mail server that is down never reaches the caller: sending returns at once and the failure is only logged. */
class MailerTest {

    @Test
    void anUnreachableMailServerNeitherFailsNorSlowsTheCaller() throws Exception {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(closedPort());
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        beans.addBean("transport", new SmtpMailTransport(sender));
        Mailer mailer = new Mailer(beans.getBeanProvider(MailTransport.class),
                new MailProperties("ANB <no-reply@anb.local>", "http://localhost:8080"));

        Instant start = Instant.now();
        for (int i = 0; i < 20; i++) {
            mailer.sendLater(new OutgoingMail("fan@example.com", "Asunto", "texto", "<p>texto</p>"));
        }
        assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofMillis(500));
        mailer.stop();
    }

    private static int closedPort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            return socket.getLocalPort();
        }
    }
}
