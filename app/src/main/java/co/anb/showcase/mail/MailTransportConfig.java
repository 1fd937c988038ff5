package co.anb.showcase.mail;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;

/** SMTP unless {@code anb.mail.transport} says otherwise (the aws profile picks ses, wired in the aws module). */
@Configuration(proxyBeanMethods = false)
class MailTransportConfig {

    @Bean
    @ConditionalOnProperty(name = "anb.mail.transport", havingValue = "smtp", matchIfMissing = true)
    MailTransport smtpMailTransport(ObjectProvider<JavaMailSender> sender) {
        return new SmtpMailTransport(sender.getIfAvailable());
    }
}
