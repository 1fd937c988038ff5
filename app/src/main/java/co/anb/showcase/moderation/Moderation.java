package co.anb.showcase.moderation;

import co.anb.showcase.auth.AccountSuspension;
import co.anb.showcase.staffaudit.StaffAudit;
import co.anb.showcase.videos.VideoModeration;
import co.anb.showcase.voting.SuspendedAccountVotes;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each staff action is one transaction: the change, what goes with it (votes voided or counted again) and its
 * audit entry commit together or not at all. The public caches drop their pages after commit (the owning modules
 * publish {@link co.anb.showcase.videos.VideoVisibilityChanged}).
 */
@Service
class Moderation {

    private final VideoModeration videos;
    private final AccountSuspension accounts;
    private final SuspendedAccountVotes votes;
    private final StaffAudit audit;

    Moderation(VideoModeration videos, AccountSuspension accounts, SuspendedAccountVotes votes, StaffAudit audit) {
        this.videos = videos;
        this.accounts = accounts;
        this.votes = votes;
        this.audit = audit;
    }

    @Transactional
    VideoModeration.Visibility hide(UUID videoId, String reason, UUID staffId) {
        VideoModeration.Visibility hidden = videos.hide(videoId, reason);
        audit.record(staffId, "hide_video", "video:" + videoId, reason, null);
        return hidden;
    }

    @Transactional
    VideoModeration.Visibility unhide(UUID videoId, UUID staffId) {
        VideoModeration.Visibility shown = videos.unhide(videoId);
        audit.record(staffId, "unhide_video", "video:" + videoId, null, null);
        return shown;
    }

    @Transactional
    AccountSuspension.Standing suspend(UUID userId, String reason, UUID staffId) {
        AccountSuspension.Standing standing = accounts.suspend(userId, reason);
        int voided = votes.suspend(userId);
        videos.ownerStandingChanged(userId);
        audit.record(staffId, "suspend_account", "user:" + userId, reason,
                "%d votos dejan de contar; sus videos salen de la galería".formatted(voided));
        return standing;
    }

    @Transactional
    AccountSuspension.Standing reinstate(UUID userId, UUID staffId) {
        AccountSuspension.Standing standing = accounts.reinstate(userId);
        int restored = votes.reinstate(userId);
        videos.ownerStandingChanged(userId);
        audit.record(staffId, "reinstate_account", "user:" + userId, null,
                "%d votos vuelven a contar; sus videos vuelven a la galería".formatted(restored));
        return standing;
    }
}
