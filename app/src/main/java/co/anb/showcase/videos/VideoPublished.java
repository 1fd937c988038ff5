package co.anb.showcase.videos;

import java.util.UUID;

/** A video became public (the worker published it): lists and rankings that cache it should forget their copy. */
public record VideoPublished(UUID videoId) {
}
