package co.anb.showcase.auth;

import co.anb.showcase.mail.Mailer;
import co.anb.showcase.mail.OutgoingMail;
import co.anb.showcase.mail.SiteLinks;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.util.HtmlUtils;

/**
 * Writes the verification mail (Spanish, plain text and HTML) once the transaction that made its token has
 * committed: a rolled-back signup sends nothing, and the mail server's speed or failure never reaches the request.
 */
@Component
class VerificationMails {

    static final String SUBJECT = "Confirma tu correo en ANB Rising Stars";

    private final Mailer mailer;
    private final SiteLinks links;

    VerificationMails(Mailer mailer, SiteLinks links) {
        this.mailer = mailer;
        this.links = links;
    }

    @TransactionalEventListener
    void send(Due due) {
        String link = links.to("/#/verificar?token=" + URLEncoder.encode(due.token(), StandardCharsets.UTF_8));
        String text = """
                Hola, %s:

                Confirma tu correo electrónico para votar en ANB Rising Stars Showcase:
                %s

                El enlace sirve una sola vez y vence en 48 horas. Si no creaste esta cuenta, ignora este mensaje.
                """.formatted(due.firstName(), link);
        String safeName = HtmlUtils.htmlEscape(due.firstName());
        String safeLink = HtmlUtils.htmlEscape(link);
        String html = """
                <!DOCTYPE html>
                <html lang="es"><body style="font-family: sans-serif">
                <p>Hola, %s:</p>
                <p>Confirma tu correo electrónico para votar en ANB Rising Stars Showcase:</p>
                <p><a href="%s">Confirmar mi correo</a></p>
                <p>El enlace sirve una sola vez y vence en 48 horas. Si no creaste esta cuenta, ignora este mensaje.</p>
                </body></html>
                """.formatted(safeName, safeLink);
        mailer.sendLater(new OutgoingMail(due.email(), SUBJECT, text, html));
    }

    /** A verification mail to send after commit, with the raw token (which exists nowhere else). */
    record Due(UUID userId, String email, String firstName, String token) {
    }
}
