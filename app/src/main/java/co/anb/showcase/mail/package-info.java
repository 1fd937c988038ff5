/**
 * Outgoing mail: Spanish plain-text + HTML messages sent through Spring Boot mail (SMTP: GreenMail locally, Amazon
 * SES on AWS) off the request thread, and the public links they carry.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package co.anb.showcase.mail;
