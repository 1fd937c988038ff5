package co.anb.showcase.mail;

import org.springframework.stereotype.Component;

/** Links into the web interface, built from the configured public address so they work from a mail client. */
@Component
public class SiteLinks {

    private final String base;

    SiteLinks(MailProperties properties) {
        this.base = properties.siteUrl().replaceAll("/+$", "");
    }

    /** @param route a route of the web interface, e.g. {@code /#/verificar?token=…} */
    public String to(String route) {
        return base + route;
    }
}
