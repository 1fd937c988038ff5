package co.anb.showcase.moderation;

import co.anb.showcase.auth.AccountSuspension;
import co.anb.showcase.auth.CurrentUser;
import co.anb.showcase.shared.ApiException;
import co.anb.showcase.videos.VideoModeration;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Staff hide videos and suspend accounts, and undo both (staff only, like all of {@code /api/staff/**}). */
@RestController
@Tag(name = "Staff")
class StaffModerationController {

    private final Moderation moderation;

    StaffModerationController(Moderation moderation) {
        this.moderation = moderation;
    }

    @PostMapping("/api/staff/videos/{video_id}/hide")
    @Operation(summary = "Ocultar un video (staff)", description = "Sale de la galería, los rankings y las páginas "
            + "para compartir, y no recibe votos; su dueño lo ve oculto con el motivo en «Mis videos».")
    VideoModeration.Visibility hide(@PathVariable("video_id") String videoId,
                                    @RequestBody(required = false) ModerationRequest body,
                                    @AuthenticationPrincipal Jwt token) {
        UUID video = ModerationRequest.id(videoId, videoNotFound());
        return moderation.hide(video, ModerationRequest.reasonOf(body), CurrentUser.id(token));
    }

    @PostMapping("/api/staff/videos/{video_id}/unhide")
    @Operation(summary = "Volver a mostrar un video oculto (staff)")
    VideoModeration.Visibility unhide(@PathVariable("video_id") String videoId, @AuthenticationPrincipal Jwt token) {
        return moderation.unhide(ModerationRequest.id(videoId, videoNotFound()), CurrentUser.id(token));
    }

    @PostMapping("/api/staff/users/{user_id}/suspend")
    @Operation(summary = "Suspender una cuenta de jugador (staff)", description = "No puede iniciar sesión, votar "
            + "ni subir videos; sus videos salen de las lecturas públicas y sus votos dejan de contar mientras dure.")
    AccountSuspension.Standing suspend(@PathVariable("user_id") String userId,
                                       @RequestBody(required = false) ModerationRequest body,
                                       @AuthenticationPrincipal Jwt token) {
        UUID user = ModerationRequest.id(userId, userNotFound());
        return moderation.suspend(user, ModerationRequest.reasonOf(body), CurrentUser.id(token));
    }

    @PostMapping("/api/staff/users/{user_id}/reinstate")
    @Operation(summary = "Rehabilitar una cuenta suspendida (staff)", description = "Sus videos vuelven a las "
            + "lecturas públicas y sus votos vuelven a contar.")
    AccountSuspension.Standing reinstate(@PathVariable("user_id") String userId, @AuthenticationPrincipal Jwt token) {
        return moderation.reinstate(ModerationRequest.id(userId, userNotFound()), CurrentUser.id(token));
    }

    private static ApiException videoNotFound() {
        return new ApiException(HttpStatus.NOT_FOUND, "Video no encontrado.");
    }

    private static ApiException userNotFound() {
        return new ApiException(HttpStatus.NOT_FOUND, "user_not_found", "Usuario no encontrado.");
    }
}
