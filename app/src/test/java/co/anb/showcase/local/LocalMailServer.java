package co.anb.showcase.local;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Map;

/**
 * SMTP and IMAP on 127.0.0.1 (GreenMail) with authentication disabled: the app sends through SMTP, and anyone may
 * read a recipient's mailbox over IMAP by logging in as that address with any password, so a developer sees every
 * mail and tests read them like a real mail client would.
 */
public final class LocalMailServer implements AutoCloseable {

    public static final int SMTP_PORT = 3025;
    public static final int IMAP_PORT = 3143;
    static final String LOOPBACK = "127.0.0.1";

    private final GreenMail greenMail;

    /**
     * @param fixedPortsOnly the local run always takes 3025/3143; the tests' throw-away stack falls back to free
     *                       ports when a local run on the same machine already holds them
     */
    LocalMailServer(boolean fixedPortsOnly) {
        boolean fixed = fixedPortsOnly || (free(SMTP_PORT) && free(IMAP_PORT));
        ServerSetup smtp = new ServerSetup(SMTP_PORT, LOOPBACK, ServerSetup.PROTOCOL_SMTP);
        ServerSetup imap = new ServerSetup(IMAP_PORT, LOOPBACK, ServerSetup.PROTOCOL_IMAP);
        greenMail = new GreenMail(fixed ? new ServerSetup[] {smtp, imap}
                : new ServerSetup[] {smtp.dynamicPort(), imap.dynamicPort()});
        greenMail.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        greenMail.start();
    }

    public int smtpPort() {
        return greenMail.getSmtp().getPort();
    }

    public int imapPort() {
        return greenMail.getImap().getPort();
    }

    /** Spring Boot mail properties that send through this server. */
    Map<String, String> springProperties() {
        return Map.of("spring.mail.host", LOOPBACK, "spring.mail.port", String.valueOf(smtpPort()));
    }

    @Override
    public void close() {
        greenMail.stop();
    }

    private static boolean free(int port) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getByName(LOOPBACK))) {
            return socket.getLocalPort() == port;
        } catch (IOException e) {
            return false;
        }
    }
}
