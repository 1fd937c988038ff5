package co.anb.showcase.voting;

import co.anb.showcase.auth.AccountDeleted;
import co.anb.showcase.auth.PersonalDataSection;
import co.anb.showcase.videos.VideoVoteCounter;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A voter's votes in their data export, and uncounted with their account: in the deletion's transaction the votes
 * go and each video's count drops by the counted votes it loses (voided ones no longer counted), so counts and
 * rankings drop exactly in the same commit. The cached pages then go ({@link VotesVoided}), and with them the
 * deleted player's own videos, which left the catalogue in the same transaction.
 */
@Component
class AccountVotes implements PersonalDataSection {

    private final Votes votes;
    private final VideoVoteCounter counter;
    private final ApplicationEventPublisher events;

    AccountVotes(Votes votes, VideoVoteCounter counter, ApplicationEventPublisher events) {
        this.votes = votes;
        this.counter = counter;
        this.events = events;
    }

    @Override
    public String name() {
        return "votes";
    }

    @Override
    public List<Votes.OwnVote> dataOf(UUID userId) {
        return votes.castBy(userId);
    }

    @EventListener
    void on(AccountDeleted deleted) {
        List<Votes.RemovedVote> removed = votes.deleteAllBy(deleted.userId());
        Map<UUID, Long> counted = removed.stream().filter(Votes.RemovedVote::counted).map(Votes.RemovedVote::videoId)
                .collect(Collectors.groupingBy(Function.identity(), TreeMap::new, Collectors.counting()));
        // sorted by video id, so concurrent deletions and voidings take the video rows' locks in the same order
        counted.forEach((video, count) -> counter.add(video, -Math.toIntExact(count)));
        Set<UUID> touched = new HashSet<>();
        removed.forEach(vote -> touched.add(vote.videoId()));
        events.publishEvent(new VotesVoided(touched));
    }
}
