package co.anb.showcase.sharing;

import co.anb.showcase.voting.ShareableVideos;
import co.anb.showcase.voting.ShareableVideos.SharedPlayer;
import co.anb.showcase.voting.ShareableVideos.SharedVideo;
import io.swagger.v3.oas.annotations.Hidden;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The share pages, HTML for people and link previews alike. Not part of the JSON API: an unknown, unpublished or
 * malformed id gets a Spanish HTML page with 404, never a problem body. Previews are cached briefly (votes move);
 * a 404 not at all, so a video published a moment later is shareable at once.
 */
@Hidden
@RestController
class SharePagesController {

    private static final Pattern UUID_TEXT = Pattern.compile("[0-9a-fA-F]{8}(-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}");
    private static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8);
    static final CacheControl SHORT_PUBLIC = CacheControl.maxAge(Duration.ofSeconds(60)).cachePublic();

    private final ShareableVideos videos;
    private final ShareLinks links;

    SharePagesController(ShareableVideos videos, ShareLinks links) {
        this.videos = videos;
        this.links = links;
    }

    @GetMapping(ShareLinks.VIDEO_PATH + "{videoId}")
    ResponseEntity<String> video(@PathVariable String videoId) {
        Optional<SharedVideo> found = uuid(videoId).flatMap(videos::video);
        if (found.isEmpty()) {
            return notFound();
        }
        SharedVideo video = found.get();
        PagePreview preview = new PagePreview(
                "%s · %s".formatted(video.title(), video.player()),
                "%s (%s) · %s. Mira la jugada y vota en %s.".formatted(video.player(), video.city(),
                        SharePageHtml.votes(video.votes()), PagePreview.SITE_NAME),
                links.video(video.videoId()), video.thumbnailUrl(), video.videoUrl());
        return page(SharePageHtml.video(video, preview));
    }

    @GetMapping(ShareLinks.PLAYER_PATH + "{userId}")
    ResponseEntity<String> player(@PathVariable String userId) {
        Optional<SharedPlayer> found = uuid(userId).flatMap(videos::player);
        if (found.isEmpty()) {
            return notFound();
        }
        SharedPlayer player = found.get();
        SharedVideo best = player.videos().get(0);
        int count = player.videos().size();
        PagePreview preview = new PagePreview(
                "%s · %s".formatted(player.player(), PagePreview.SITE_NAME),
                "%s (%s) · %s en %d %s. Mira sus jugadas y vota.".formatted(player.player(), player.city(),
                        SharePageHtml.votes(player.totalVotes()), count, count == 1 ? "video" : "videos"),
                links.player(player.userId()), best.thumbnailUrl(), best.videoUrl());
        return page(SharePageHtml.player(player, preview));
    }

    private static ResponseEntity<String> page(String html) {
        return ResponseEntity.ok().contentType(HTML).cacheControl(SHORT_PUBLIC).body(html);
    }

    private static ResponseEntity<String> notFound() {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(HTML).cacheControl(CacheControl.noCache())
                .body(SharePageHtml.notFound());
    }

    private static Optional<UUID> uuid(String text) {
        return UUID_TEXT.matcher(text).matches() ? Optional.of(UUID.fromString(text)) : Optional.empty();
    }
}
