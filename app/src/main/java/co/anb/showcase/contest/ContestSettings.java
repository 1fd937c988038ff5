package co.anb.showcase.contest;

import java.time.Instant;

/** The rules as stored; {@code null} bounds mean the window is open on that side. */
public record ContestSettings(boolean verifiedVotersOnly, Instant votingOpensAt, Instant votingClosesAt) {

    public boolean votingOpen(Instant now) {
        return (votingOpensAt == null || !now.isBefore(votingOpensAt))
                && (votingClosesAt == null || now.isBefore(votingClosesAt));
    }

    /** The window has a close and it has passed: no vote can change the counts any more, the results are final. */
    public boolean votingClosed(Instant now) {
        return votingClosesAt != null && !now.isBefore(votingClosesAt);
    }
}
