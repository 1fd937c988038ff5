package co.anb.showcase.auth;

import co.anb.showcase.mail.Mailer;
import co.anb.showcase.mail.OutgoingMail;
import co.anb.showcase.mail.SiteLinks;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.util.HtmlUtils;

/** The password reset mail (Spanish, plain text and HTML), sent once the token it carries is committed. */
@Component
class PasswordResetMails {

    static final String SUBJECT = "Restablece tu contraseña de ANB Rising Stars";
    private static final String NOTE = "El enlace sirve una sola vez y vence en 1 hora. Si no pediste cambiar tu "
            + "contraseña, ignora este mensaje: tu contraseña actual sigue funcionando.";

    private final Mailer mailer;
    private final SiteLinks links;

    PasswordResetMails(Mailer mailer, SiteLinks links) {
        this.mailer = mailer;
        this.links = links;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void send(Due due) {
        String link = links.to("/#/restablecer?token=" + URLEncoder.encode(due.token(), StandardCharsets.UTF_8));
        String text = """
                Hola, %s:

                Recibimos una solicitud para restablecer la contraseña de tu cuenta en ANB Rising Stars Showcase.
                Elige una nueva aquí:
                %s

                %s
                """.formatted(due.firstName(), link, NOTE);
        String html = """
                <!DOCTYPE html>
                <html lang="es"><body style="font-family: sans-serif">
                <p>Hola, %s:</p>
                <p>Recibimos una solicitud para restablecer la contraseña de tu cuenta en ANB Rising Stars Showcase.</p>
                <p><a href="%s">Elegir una nueva contraseña</a></p>
                <p>%s</p>
                </body></html>
                """.formatted(HtmlUtils.htmlEscape(due.firstName()), HtmlUtils.htmlEscape(link), NOTE);
        mailer.sendLater(new OutgoingMail(due.email(), SUBJECT, text, html));
    }

    /** A reset mail to send after commit, with the raw token (which exists nowhere else). */
    record Due(String email, String firstName, String token) {
    }
}
