package co.anb.showcase.voting;

import co.anb.showcase.auth.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Staff investigate a video's votes and void the votes of accounts found cheating. */
@RestController
@Tag(name = "Staff")
class StaffVotesController {

    private final SuspiciousVotes suspicious;
    private final VoteVoiding voiding;

    StaffVotesController(SuspiciousVotes suspicious, VoteVoiding voiding) {
        this.suspicious = suspicious;
        this.voiding = voiding;
    }

    @GetMapping("/api/staff/votes/suspicious")
    @Operation(summary = "Grupos de votos sospechosos de un video (staff)", description = "Ráfagas de votos desde "
            + "una misma dirección o subred (por su hash) o de cuentas nuevas o sin verificar: cantidad, cuentas, "
            + "anulados, primer y último voto y las cuentas involucradas.")
    List<SuspiciousVotes.Cluster> suspicious(@RequestParam("video_id") String videoId) {
        return suspicious.of(VoteService.parse(videoId));
    }

    @PostMapping("/api/staff/users/{user_id}/void-votes")
    @Operation(summary = "Anular todos los votos de una cuenta (staff)", description = "Los votos se conservan "
            + "para la auditoría y dejan de contar; queda en el registro de auditoría del staff.")
    VoidResult voidVotes(@PathVariable("user_id") String userId, @RequestBody(required = false) VoidRequest body,
                         @AuthenticationPrincipal Jwt token) {
        UUID user = parseUser(userId);
        int voided = voiding.voidVotesOf(user, body == null ? null : body.reason(), CurrentUser.id(token));
        return new VoidResult(user, voided);
    }

    private static UUID parseUser(String raw) {
        try {
            return UUID.fromString(raw);
        } catch (IllegalArgumentException e) {
            throw new co.anb.showcase.shared.ApiException(org.springframework.http.HttpStatus.NOT_FOUND,
                    "user_not_found", "Usuario no encontrado.");
        }
    }

    record VoidRequest(String reason) {
    }

    record VoidResult(UUID userId, int votesVoided) {
    }
}
