package co.anb.showcase.aws;

import co.anb.showcase.mail.MailTransport;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sesv2.SesV2Client;

/** {@code anb.mail.transport=ses} (the aws profile): mails leave through Amazon SES instead of SMTP. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "anb.mail.transport", havingValue = "ses")
@EnableConfigurationProperties(SesMailConfig.SesProperties.class)
class SesMailConfig {

    @Bean(destroyMethod = "close")
    SesV2Client sesV2Client(AwsProperties aws, AwsCredentialsProvider credentials) {
        return SesV2Client.builder().region(Region.of(aws.region())).credentialsProvider(credentials).build();
    }

    @Bean
    MailTransport sesMailTransport(SesV2Client ses, SesProperties properties) {
        return new SesMailTransport(ses, properties.configurationSet());
    }

    /** @param configurationSet the SES configuration set every mail names (MAIL_CONFIGURATION_SET, from the infra) */
    @ConfigurationProperties(prefix = "anb.mail.ses")
    record SesProperties(String configurationSet) {
    }
}
