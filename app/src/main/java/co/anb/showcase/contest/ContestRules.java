package co.anb.showcase.contest;

import co.anb.showcase.shared.ApiException;
import co.anb.showcase.staffaudit.StaffAudit;
import java.time.Clock;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The rules every vote must pass, and their changes by staff (written to the staff audit log). */
@Service
public class ContestRules {

    public static final String EMAIL_NOT_VERIFIED = "Verifica tu correo electrónico para votar.";
    public static final String VOTING_CLOSED = "La votación está cerrada.";
    static final String WINDOW_INVALID = "La fecha de cierre debe ser posterior a la de apertura.";

    private final ContestSettingsStore store;
    private final StaffAudit audit;
    private final Clock clock;

    ContestRules(ContestSettingsStore store, StaffAudit audit, Clock clock) {
        this.store = store;
        this.audit = audit;
        this.clock = clock;
    }

    public ContestSettings current() {
        return store.read();
    }

    /** @throws ApiException 403 {@code voting_closed} or {@code email_not_verified} when a rule refuses the vote */
    public void checkVote(boolean voterEmailVerified) {
        ContestSettings settings = store.read();
        if (!settings.votingOpen(clock.instant())) {
            throw new ApiException(HttpStatus.FORBIDDEN, "voting_closed", VOTING_CLOSED);
        }
        if (settings.verifiedVotersOnly() && !voterEmailVerified) {
            throw new ApiException(HttpStatus.FORBIDDEN, "email_not_verified", EMAIL_NOT_VERIFIED);
        }
    }

    @Transactional
    ContestSettings change(ContestSettings settings, UUID staffId) {
        if (settings.votingOpensAt() != null && settings.votingClosesAt() != null
                && !settings.votingOpensAt().isBefore(settings.votingClosesAt())) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "invalid_voting_window", WINDOW_INVALID);
        }
        ContestSettings before = store.read();
        store.write(settings, staffId);
        audit.record(staffId, "contest_settings_changed", "contest", null, "%s -> %s".formatted(before, settings));
        return settings;
    }
}
