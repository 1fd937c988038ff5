package co.anb.showcase.videos;

import co.anb.showcase.auth.AccountSuspension;
import co.anb.showcase.auth.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The player's own videos (SPEC §2, endpoints 3–6). A {@code video_id} that is not a UUID cannot name a video, so
 * it answers 404 like any unknown id rather than 400.
 */
@RestController
@RequestMapping("/api/videos")
@Tag(name = "Videos")
class VideoController {

    private final VideoService videos;
    private final UploadFormReader forms;
    private final AccountSuspension suspension;

    VideoController(VideoService videos, UploadFormReader forms, AccountSuspension suspension) {
        this.videos = videos;
        this.forms = forms;
        this.suspension = suspension;
    }

    /**
     * The form is read here, as it streams ({@link UploadFormReader}), not by the servlet container; the service then
     * checks its fields in the contract's order (title first) with its own messages. The OpenAPI description
     * ({@link UploadForm}) marks both fields required.
     */
    @PostMapping(path = "/upload", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Subir un video de habilidades",
            description = "MP4 de 20 a 60 segundos, mínimo 1080p (lado corto ≥ 1080 px), hasta 100 MB. "
                    + "El video queda en estado «uploaded» y su procesamiento se encola.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
                    mediaType = MediaType.MULTIPART_FORM_DATA_VALUE,
                    schema = @Schema(implementation = UploadForm.class))))
    UploadResponse upload(@AuthenticationPrincipal Jwt jwt, HttpServletRequest request) throws IOException {
        // a token outlives its account's suspension
        suspension.requireActive(CurrentUser.id(jwt));
        try (ReceivedForm form = forms.read(request.getContentType(), request.getInputStream())) {
            VideoService.Uploaded uploaded = videos.upload(CurrentUser.id(jwt), form);
            return new UploadResponse("Video subido correctamente. Procesamiento en curso.", uploaded.taskId(),
                    uploaded.videoId());
        }
    }

    @GetMapping
    @Operation(summary = "Listar mis videos, del más reciente al más antiguo")
    List<VideoSummary> list(@AuthenticationPrincipal Jwt jwt) {
        return videos.list(CurrentUser.id(jwt));
    }

    @GetMapping("/{video_id}")
    @Operation(summary = "Ver el detalle de uno de mis videos")
    VideoDetail detail(@AuthenticationPrincipal Jwt jwt, @PathVariable("video_id") String videoId) {
        return videos.detail(CurrentUser.id(jwt), videoId);
    }

    @DeleteMapping("/{video_id}")
    @Operation(summary = "Eliminar uno de mis videos mientras no esté publicado para votación")
    DeleteResponse delete(@AuthenticationPrincipal Jwt jwt, @PathVariable("video_id") String videoId) {
        return new DeleteResponse("El video ha sido eliminado exitosamente.",
                videos.delete(CurrentUser.id(jwt), videoId));
    }

    record UploadResponse(String message, UUID taskId, UUID videoId) {
    }

    /** Only describes the multipart form for OpenAPI; the fields arrive as the two method parameters. */
    @Schema(name = "UploadForm", requiredProperties = {"video_file", "title"})
    record UploadForm(
            @Schema(type = "string", format = "binary", description = "Archivo MP4") String videoFile,
            @Schema(description = "Título (1 a 200 caracteres)", minLength = 1, maxLength = 200) String title) {
    }

    record DeleteResponse(String message, UUID videoId) {
    }
}
