package co.anb.showcase.videos;

import java.util.Set;
import java.util.UUID;

/**
 * Published when staff hide or unhide videos, or suspend or reinstate their owner, once the change is committed:
 * anything that caches public pages (the gallery, the rankings) drops what it holds.
 */
public record VideoVisibilityChanged(Set<UUID> videoIds) {

    public VideoVisibilityChanged {
        videoIds = Set.copyOf(videoIds);
    }
}
