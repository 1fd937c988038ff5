package co.anb.showcase.voting;

import co.anb.showcase.videos.VideoVoteCounter;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * While an account is suspended its votes do not count: suspending voids them (kept, marked as voided for the
 * suspension) and each video's count drops by what it loses; reinstating counts exactly those votes again. Runs in
 * the caller's transaction, so the account's standing, its votes and the counts change together.
 */
@Component
public class SuspendedAccountVotes {

    static final String SUSPENSION_REASON = "Cuenta suspendida";

    private final Votes votes;
    private final VideoVoteCounter counter;

    SuspendedAccountVotes(Votes votes, VideoVoteCounter counter) {
        this.votes = votes;
        this.counter = counter;
    }

    /** @return how many votes stopped counting */
    public int suspend(UUID userId) {
        return move(votes.voidForSuspension(userId, SUSPENSION_REASON), -1);
    }

    /** @return how many votes count again */
    public int reinstate(UUID userId) {
        return move(votes.restoreSuspended(userId), 1);
    }

    private int move(List<UUID> videoPerVote, int sign) {
        Map<UUID, Long> perVideo = videoPerVote.stream()
                .collect(Collectors.groupingBy(Function.identity(), TreeMap::new, Collectors.counting()));
        // sorted by video id, so concurrent changes take the video rows' locks in the same order
        perVideo.forEach((video, count) -> counter.add(video, sign * Math.toIntExact(count)));
        return videoPerVote.size();
    }
}
