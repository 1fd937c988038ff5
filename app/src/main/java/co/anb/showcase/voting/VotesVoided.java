package co.anb.showcase.voting;

import java.util.Set;
import java.util.UUID;

/**
 * Published after staff voided votes, once the change is committed: anything that caches vote counts (the
 * rankings) drops what it holds for these videos.
 */
public record VotesVoided(Set<UUID> videoIds) {

    public VotesVoided {
        videoIds = Set.copyOf(videoIds);
    }
}
