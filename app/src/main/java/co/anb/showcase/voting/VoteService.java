package co.anb.showcase.voting;

import co.anb.showcase.auth.AccountSuspension;
import co.anb.showcase.contest.ContestRules;
import co.anb.showcase.shared.ApiException;
import co.anb.showcase.videos.VideoVoteCounter;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Casts votes. Uniqueness of (user, video) is decided by the database inside one transaction: of many concurrent
 * identical votes exactly one inserts a row and bumps the counter; the others insert nothing and get 400.
 */
@Service
class VoteService {

    static final String VIDEO_NOT_FOUND = "Video no encontrado.";
    static final String ALREADY_VOTED = "Ya has votado por este video.";
    static final String OWN_VIDEO = "No puedes votar por tus propios videos.";

    private final Votes votes;
    private final VideoVoteCounter counter;
    private final ContestRules contest;
    private final ApplicationEventPublisher events;
    private final AccountSuspension suspension;

    VoteService(Votes votes, VideoVoteCounter counter, ContestRules contest, ApplicationEventPublisher events,
                AccountSuspension suspension) {
        this.votes = votes;
        this.counter = counter;
        this.contest = contest;
        this.events = events;
        this.suspension = suspension;
    }

    @Transactional
    void vote(UUID userId, UUID videoId, ClientFingerprint.Fingerprint client) {
        // a token outlives its account's suspension
        suspension.requireActive(userId);
        UUID owner = votes.publicVideoOwner(videoId).orElseThrow(VoteService::videoNotFound);
        Votes.Voter voter = votes.voter(userId);
        contest.checkVote(voter.emailVerified());
        if (owner.equals(userId)) {
            throw ApiException.badRequest("own_video", OWN_VIDEO);
        }
        boolean inserted;
        try {
            inserted = votes.insert(userId, videoId, client, voter);
        } catch (DataIntegrityViolationException e) {
            // the foreign key: the video was deleted between the read above and the insert
            throw videoNotFound();
        }
        if (!inserted) {
            throw ApiException.badRequest("already_voted", ALREADY_VOTED);
        }
        if (!counter.add(videoId, 1)) {
            // it stopped being public meanwhile: the exception rolls the vote back with it
            throw videoNotFound();
        }
        events.publishEvent(new VoteCast(videoId));
    }

    /** A malformed id names no video: 404 like any unknown id. */
    static UUID parse(String raw) {
        try {
            return UUID.fromString(raw);
        } catch (IllegalArgumentException e) {
            throw videoNotFound();
        }
    }

    static ApiException videoNotFound() {
        return ApiException.notFound(VIDEO_NOT_FOUND);
    }
}
