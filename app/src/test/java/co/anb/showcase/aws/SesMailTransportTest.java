package co.anb.showcase.aws;

import static org.assertj.core.api.Assertions.assertThat;

import co.anb.showcase.mail.MailMessages;
import co.anb.showcase.mail.OutgoingMail;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sesv2.model.SendEmailRequest;

/**
 * What SES receives: there is no SES to run here, so the request the transport would send is built and its raw MIME
 * bytes are read back with Jakarta Mail, as a mail client would. They must be the same message GreenMail gets.
 */
class SesMailTransportTest {

    private static final String FROM = "ANB Rising Stars <no-reply@concurso.example.org>";
    private static final OutgoingMail MAIL = new OutgoingMail("jose.perez@example.com",
            "Confirma tu correo electrónico",
            "Hola, José: abre este enlace para verificar tu cuenta: https://concurso.example.org/#/verificar?t=abc",
            "<p>Hola, José: <a href=\"https://concurso.example.org/#/verificar?t=abc\">verifica tu cuenta</a></p>");

    @Test
    void theRawMessageIsTheSpanishTextAndHtmlMailAndNamesTheConfigurationSet() throws Exception {
        SesMailTransport transport = new SesMailTransport(null, "AnbMessaging-MailConfigurationSet");
        SendEmailRequest request = transport.request(MailMessages.compose(FROM, MAIL));

        assertThat(request.configurationSetName()).isEqualTo("AnbMessaging-MailConfigurationSet");
        // Raw content only: SES takes sender and recipients from the headers, as an SMTP server would.
        assertThat(request.content().simple()).isNull();
        assertThat(request.fromEmailAddress()).isNull();
        MimeMessage received = new MimeMessage(Session.getInstance(new Properties()),
                request.content().raw().data().asInputStream());
        assertThat(received.getSubject()).isEqualTo("Confirma tu correo electrónico");
        assertThat(((InternetAddress) received.getFrom()[0]).getAddress()).isEqualTo("no-reply@concurso.example.org");
        assertThat(((InternetAddress) received.getFrom()[0]).getPersonal()).isEqualTo("ANB Rising Stars");
        assertThat(received.getAllRecipients()).extracting(Object::toString).containsExactly(MAIL.to());
        Map<String, String> parts = textParts(received, new LinkedHashMap<>());
        assertThat(parts).containsOnlyKeys("text/plain", "text/html");
        assertThat(parts.get("text/plain")).isEqualTo(MAIL.text());
        assertThat(parts.get("text/html")).isEqualTo(MAIL.html());
    }

    @Test
    void withoutAConfigurationSetTheRequestNamesNone() throws Exception {
        SendEmailRequest request = new SesMailTransport(null, "").request(MailMessages.compose(FROM, MAIL));
        assertThat(request.configurationSetName()).isNull();
    }

    /** The text bodies of a message by content type, decoded (charset and transfer encoding) as a client shows them. */
    private static Map<String, String> textParts(Part part, Map<String, String> found) throws Exception {
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                textParts(multipart.getBodyPart(i), found);
            }
        } else if (part.isMimeType("text/*")) {
            found.put(part.getContentType().replaceAll(";.*", "").trim().toLowerCase(), (String) part.getContent());
        }
        return found;
    }
}
