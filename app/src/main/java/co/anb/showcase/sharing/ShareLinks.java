package co.anb.showcase.sharing;

import java.util.UUID;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Absolute links to the share pages, the ones to paste in a chat: under {@code PUBLIC_BASE_URL} when set (behind the
 * CDN the request's origin would be the load balancer's), else under the request's own origin.
 */
@Component
@EnableConfigurationProperties(SharingProperties.class)
public class ShareLinks {

    static final String VIDEO_PATH = "/v/";
    static final String PLAYER_PATH = "/jugadores/";

    private final SharingProperties properties;

    ShareLinks(SharingProperties properties) {
        this.properties = properties;
    }

    /** {@code {origin}/v/{videoId}}; call while serving a request. */
    public String video(UUID videoId) {
        return origin() + VIDEO_PATH + videoId;
    }

    /** {@code {origin}/jugadores/{userId}}; call while serving a request. */
    public String player(UUID userId) {
        return origin() + PLAYER_PATH + userId;
    }

    private String origin() {
        String base = properties.publicBaseUrl();
        if (base != null && !base.isBlank()) {
            return base.strip().replaceAll("/+$", "");
        }
        return ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
    }
}
