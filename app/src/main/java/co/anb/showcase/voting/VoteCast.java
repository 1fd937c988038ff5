package co.anb.showcase.voting;

import java.util.UUID;

/** A vote was counted; published after its transaction commits, so listeners never see a rolled-back vote. */
public record VoteCast(UUID videoId) {
}
