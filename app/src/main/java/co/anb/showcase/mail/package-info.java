/**
 * Outgoing mail: Spanish plain-text + HTML messages sent off the request thread, through Spring Boot mail (SMTP:
 * GreenMail locally) or, on AWS, a {@link co.anb.showcase.mail.MailTransport} over Amazon SES (the aws module), and
 * the public links they carry.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package co.anb.showcase.mail;
