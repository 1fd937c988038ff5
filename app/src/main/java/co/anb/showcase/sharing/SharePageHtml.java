package co.anb.showcase.sharing;

import static co.anb.showcase.sharing.PagePreview.escape;

import co.anb.showcase.voting.ShareableVideos.SharedPlayer;
import co.anb.showcase.voting.ShareableVideos.SharedVideo;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The share pages' HTML: a head for link previews ({@link PagePreview}) and a small body that works without
 * JavaScript (the video plays in a {@code <video>} element); "Votar" hands over to the web UI's {@code #/votar/{id}},
 * which handles login and the vote (its {@code #/videos/{id}} is the owner's own page). Every value from the database
 * is escaped where it is written.
 */
final class SharePageHtml {

    private static final Locale COLOMBIA = Locale.forLanguageTag("es-CO");

    private SharePageHtml() {
    }

    static String video(SharedVideo video, PagePreview preview) {
        String body = """
                <article class="share-page">
                <h1>%1$s</h1>
                <video controls preload="metadata" playsinline poster="%2$s" src="%3$s"></video>
                <p class="share-player"><a href="%4$s">%5$s</a> · <span class="city">%6$s</span></p>
                <p class="share-votes"><strong class="votes">%7$s</strong></p>
                <p><a class="button primary vote-link" href="/#/votar/%8$s">Votar</a></p>
                </article>
                """.formatted(escape(video.title()), escape(video.thumbnailUrl()), escape(video.videoUrl()),
                ShareLinks.PLAYER_PATH + video.ownerId(), escape(video.player()), escape(video.city()),
                escape(votes(video.votes())), video.videoId());
        return page(preview, body);
    }

    static String player(SharedPlayer player, PagePreview preview) {
        String items = player.videos().stream().map(video -> """
                <li class="share-video">
                <a href="%1$s"><img src="%2$s" alt="" width="320" height="180" loading="lazy"></a>
                <h2><a href="%1$s">%3$s</a></h2>
                <p><span class="votes">%4$s</span> · <a class="vote-link" href="/#/votar/%5$s">Votar</a></p>
                </li>
                """.formatted(ShareLinks.VIDEO_PATH + video.videoId(), escape(video.thumbnailUrl()),
                escape(video.title()), escape(votes(video.votes())), video.videoId()))
                .collect(Collectors.joining());
        String body = """
                <article class="share-page">
                <h1>%1$s</h1>
                <p class="share-player"><span class="city">%2$s</span> · <strong class="total-votes">%3$s</strong>
                en total</p>
                <ul class="share-videos">
                %4$s</ul>
                </article>
                """.formatted(escape(player.player()), escape(player.city()), escape(votes(player.totalVotes())),
                items);
        return page(preview, body);
    }

    static String notFound() {
        return """
                <!DOCTYPE html>
                <html lang="es">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <meta name="robots" content="noindex">
                <title>Página no encontrada · %1$s</title>
                <link rel="icon" href="/favicon.svg" type="image/svg+xml">
                <link rel="stylesheet" href="/css/app.css">
                </head>
                <body>
                %2$s<main class="wrap">
                <h1>Página no encontrada</h1>
                <p>Este video o jugador no existe o ya no está publicado.</p>
                <p><a class="button primary" href="/#/">Ver los videos del concurso</a></p>
                </main>
                </body>
                </html>
                """.formatted(PagePreview.SITE_NAME, header());
    }

    /** "1 voto", "1.234 votos". */
    static String votes(long count) {
        return NumberFormat.getIntegerInstance(COLOMBIA).format(count) + (count == 1 ? " voto" : " votos");
    }

    private static String page(PagePreview preview, String body) {
        return """
                <!DOCTYPE html>
                <html lang="es">
                <head>
                %1$s</head>
                <body>
                %2$s<main class="wrap">
                %3$s</main>
                <footer class="site-footer"><div class="wrap"><p>Asociación Nacional de Baloncesto · Rising Stars.
                Los jugadores más votados de cada ciudad van al torneo.</p></div></footer>
                </body>
                </html>
                """.formatted(preview.head(), header(), body);
    }

    private static String header() {
        return """
                <header class="site-header"><div class="wrap header-row">
                <a class="brand" href="/#/"><span class="brand-ball" aria-hidden="true"></span>%s</a>
                </div></header>
                """.formatted(PagePreview.SITE_NAME);
    }
}
