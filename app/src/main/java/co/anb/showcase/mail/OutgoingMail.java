package co.anb.showcase.mail;

/** One message to one recipient, with the same content as plain text and as HTML (already escaped). */
public record OutgoingMail(String to, String subject, String text, String html) {
}
