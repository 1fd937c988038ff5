package co.anb.showcase.voting;

import co.anb.showcase.shared.ApiException;
import co.anb.showcase.staffaudit.StaffAudit;
import co.anb.showcase.videos.VideoVoteCounter;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff void every vote of an account found cheating. In one transaction: the votes are marked voided (kept for the
 * audit), each video's count drops by the votes it loses, and the action goes to the staff audit log; after commit
 * the rankings drop their cached pages.
 */
@Service
class VoteVoiding {

    static final String REASON_REQUIRED = "Indica el motivo de la anulación (reason, hasta 500 caracteres).";

    private final Votes votes;
    private final VideoVoteCounter counter;
    private final StaffAudit audit;
    private final ApplicationEventPublisher events;

    VoteVoiding(Votes votes, VideoVoteCounter counter, StaffAudit audit, ApplicationEventPublisher events) {
        this.votes = votes;
        this.counter = counter;
        this.audit = audit;
        this.events = events;
    }

    /** @return how many votes were voided (0 when the account has none left to void) */
    @Transactional
    int voidVotesOf(UUID userId, String reason, UUID staffId) {
        if (reason == null || reason.isBlank() || reason.length() > 500) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "reason_required", REASON_REQUIRED);
        }
        List<UUID> voided = votes.voidAll(userId, reason.trim());
        Map<UUID, Long> perVideo = voided.stream()
                .collect(Collectors.groupingBy(Function.identity(), TreeMap::new, Collectors.counting()));
        // sorted by video id, so two voidings at once take the video rows' locks in the same order
        perVideo.forEach((video, count) -> counter.add(video, -Math.toIntExact(count)));
        audit.record(staffId, "void_votes", "user:" + userId, reason.trim(),
                "%d votos anulados en %d videos".formatted(voided.size(), perVideo.size()));
        if (!perVideo.isEmpty()) {
            events.publishEvent(new VotesVoided(perVideo.keySet()));
        }
        return voided.size();
    }
}
