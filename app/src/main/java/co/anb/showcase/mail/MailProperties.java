package co.anb.showcase.mail;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param from    sender of every mail (MAIL_FROM); on AWS an address of the SES identity
 * @param siteUrl public address of the web interface (PUBLIC_BASE_URL), the base of every link in a mail
 */
@ConfigurationProperties(prefix = "anb.mail")
record MailProperties(
        @DefaultValue("ANB Rising Stars <no-reply@anb.local>") String from,
        @DefaultValue("http://localhost:8080") String siteUrl) {
}
