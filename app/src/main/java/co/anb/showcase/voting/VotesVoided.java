package co.anb.showcase.voting;

import java.util.Set;
import java.util.UUID;

/**
 * Published when votes stop counting (staff voided them, or their voter deleted the account, which also takes the
 * voter's own videos out of the catalogue); once the change is committed, anything that caches vote counts or
 * listings (the rankings, the gallery) drops what it holds.
 */
public record VotesVoided(Set<UUID> videoIds) {

    public VotesVoided {
        videoIds = Set.copyOf(videoIds);
    }
}
