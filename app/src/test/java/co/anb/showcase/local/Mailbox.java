package co.anb.showcase.local;

import jakarta.mail.BodyPart;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.Store;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * One recipient's inbox on the local mail server, read over IMAP as a mail client would (Jakarta Mail, logged in as
 * the address with any password: the server has authentication disabled).
 */
public final class Mailbox {

    private final String address;
    private final int imapPort;

    public Mailbox(String address, int imapPort) {
        this.address = address;
        this.imapPort = imapPort;
    }

    /** The inbox of {@code address} on the shared test stack's mail server. */
    public static Mailbox of(String address) {
        return new Mailbox(address, LocalStack.shared().imapPort());
    }

    /** Every mail in the inbox, oldest first. */
    public List<Mail> read() {
        Properties settings = new Properties();
        settings.put("mail.imap.connectiontimeout", "5000");
        settings.put("mail.imap.timeout", "5000");
        try (Store store = Session.getInstance(settings).getStore("imap")) {
            store.connect(LocalMailServer.LOOPBACK, imapPort, address, "any-password");
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            try {
                List<Mail> mails = new ArrayList<>();
                for (Message message : inbox.getMessages()) {
                    mails.add(toMail(message));
                }
                return mails;
            } finally {
                inbox.close(false);
            }
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("Could not read the mailbox of " + address, e);
        }
    }

    /** Waits up to {@code timeout} for at least {@code count} mails (sending happens after the request returns). */
    public List<Mail> awaitMails(int count, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        List<Mail> mails = read();
        while (mails.size() < count && Instant.now().isBefore(deadline)) {
            sleep();
            mails = read();
        }
        if (mails.size() < count) {
            throw new AssertionError("%s received %d mails, expected %d".formatted(address, mails.size(), count));
        }
        return mails;
    }

    private static Mail toMail(Message message) throws MessagingException, IOException {
        String[] bodies = {null, null};
        collect(message, bodies);
        return new Mail(message.getSubject(), message.getFrom()[0].toString(), bodies[0], bodies[1]);
    }

    /** Finds the text/plain and text/html parts, however the multipart nests them. */
    private static void collect(Part part, String[] bodies) throws MessagingException, IOException {
        if (part.isMimeType("text/plain") && bodies[0] == null) {
            bodies[0] = (String) part.getContent();
        } else if (part.isMimeType("text/html") && bodies[1] == null) {
            bodies[1] = (String) part.getContent();
        } else if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                collect(child, bodies);
            }
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A received mail: subject, sender, and its plain-text and HTML bodies ({@code null} when absent). */
    public record Mail(String subject, String from, String text, String html) {
    }
}
