package co.anb.showcase.aws;

import static org.assertj.core.api.Assertions.assertThat;

import co.anb.showcase.mail.MailTransport;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.ConfigDataApplicationContextInitializer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.services.sesv2.SesV2Client;

/**
 * The transport follows the profile, read from the app's own property files: SES in the aws profile (where only
 * verified voters vote, so the verification mail must really go out), SMTP everywhere else.
 */
class MailTransportWiringTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withInitializer(new ConfigDataApplicationContextInitializer())
            .withUserConfiguration(Wiring.class)
            .withBean(AwsCredentialsProvider.class, AnonymousCredentialsProvider::create);

    @Test
    void theAwsProfileSendsThroughSesWithTheConfigurationSetFromTheEnvironment() {
        context.withPropertyValues("spring.profiles.active=aws", "anb.mail.ses.configuration-set=anb-mail")
                .run(app -> {
                    assertThat(app).hasSingleBean(MailTransport.class).hasSingleBean(SesV2Client.class);
                    assertThat(app.getBean(MailTransport.class)).isInstanceOf(SesMailTransport.class);
                    assertThat(app.getBean(SesMailConfig.SesProperties.class).configurationSet()).isEqualTo("anb-mail");
                });
    }

    @Test
    void otherProfilesSendThroughSmtp() {
        context.withPropertyValues("spring.profiles.active=local").run(app -> {
            assertThat(app).hasSingleBean(MailTransport.class).doesNotHaveBean(SesV2Client.class);
            assertThat(app.getBean(MailTransport.class).getClass().getSimpleName()).isEqualTo("SmtpMailTransport");
        });
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(AwsProperties.class)
    @Import(SesMailConfig.class)
    @ComponentScan(basePackageClasses = MailTransport.class)
    static class Wiring {
    }
}
