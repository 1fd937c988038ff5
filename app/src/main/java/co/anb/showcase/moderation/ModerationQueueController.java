package co.anb.showcase.moderation;

import co.anb.showcase.shared.ApiException;
import co.anb.showcase.shared.PageRequest;
import co.anb.showcase.shared.ProblemCodes;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The staff console's lists: the moderation queue of videos and the account search (staff only). */
@RestController
@Tag(name = "Staff")
class ModerationQueueController {

    static final String BAD_HIDDEN = "El parámetro 'hidden' debe ser 'true' o 'false'.";

    private final ModerationQueues queues;

    ModerationQueueController(ModerationQueues queues) {
        this.queues = queues;
    }

    @GetMapping("/api/staff/videos")
    @Operation(summary = "Cola de moderación: videos procesados, del más reciente al más antiguo (staff)",
            description = "hidden=true solo los ocultos, hidden=false solo los visibles; sin él, todos.")
    ModerationQueues.Listing<ModerationQueues.QueuedVideo> videos(
            @RequestParam(name = "hidden", required = false) String hidden,
            @RequestParam(name = "page", required = false) String page,
            @RequestParam(name = "limit", required = false) String limit) {
        return queues.videos(hidden(hidden), PageRequest.of(page, limit));
    }

    @GetMapping("/api/staff/users")
    @Operation(summary = "Buscar cuentas por correo o nombre (staff)",
            description = "Con su rol, si está verificada o suspendida y cuántos videos tiene; sin q, todas.")
    ModerationQueues.Listing<ModerationQueues.Account> users(
            @RequestParam(name = "q", required = false) String query,
            @RequestParam(name = "page", required = false) String page,
            @RequestParam(name = "limit", required = false) String limit) {
        return queues.accounts(query, PageRequest.of(page, limit));
    }

    private static Boolean hidden(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        return switch (raw.trim()) {
            case "true" -> true;
            case "false" -> false;
            default -> throw ApiException.badRequest(ProblemCodes.INVALID_PARAMETER, BAD_HIDDEN);
        };
    }
}
