package co.anb.showcase.sharing;

import static org.springframework.web.util.HtmlUtils.htmlEscape;

/**
 * What a link preview shows of a share page (WhatsApp, Facebook and X read the Open Graph tags; X falls back on them
 * for its own card): every value is absolute or plain text, escaped here when written into the head.
 */
record PagePreview(String title, String description, String pageUrl, String imageUrl, String videoUrl) {

    static final String SITE_NAME = "ANB Rising Stars";

    /** The head's tags, from the charset to the stylesheet. */
    String head() {
        return """
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%1$s</title>
                <meta name="description" content="%2$s">
                <link rel="canonical" href="%3$s">
                <meta property="og:site_name" content="%6$s">
                <meta property="og:locale" content="es_CO">
                <meta property="og:type" content="video.other">
                <meta property="og:title" content="%1$s">
                <meta property="og:description" content="%2$s">
                <meta property="og:url" content="%3$s">
                <meta property="og:image" content="%4$s">
                <meta property="og:image:type" content="image/jpeg">
                <meta property="og:video" content="%5$s">
                <meta property="og:video:type" content="video/mp4">
                <meta name="twitter:card" content="summary_large_image">
                <meta name="twitter:title" content="%1$s">
                <meta name="twitter:description" content="%2$s">
                <meta name="twitter:image" content="%4$s">
                <link rel="icon" href="/favicon.svg" type="image/svg+xml">
                <link rel="stylesheet" href="/css/app.css">
                """.formatted(escape(title), escape(description), escape(pageUrl), escape(imageUrl),
                escape(videoUrl), escape(SITE_NAME));
    }

    static String escape(String text) {
        return text == null ? "" : htmlEscape(text, "UTF-8");
    }
}
