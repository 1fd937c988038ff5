package co.anb.showcase.videos;

import co.anb.showcase.auth.CurrentUser;
import co.anb.showcase.shared.ApiException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Uploads from the browser straight to the store in parts (docs/uploads.md): the web node hands out presigned part
 * URLs and checks the result by ranged reads, and never carries the video's bytes. {@code POST /api/videos/upload}
 * stays for API clients.
 */
@RestController
@RequestMapping("/api/videos/uploads")
@Tag(name = "Videos")
class DirectUploadController {

    private final DirectUploadService uploads;

    DirectUploadController(DirectUploadService uploads) {
        this.uploads = uploads;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Empezar una subida directa al almacenamiento, por partes",
            description = "Valida título, nombre, tipo y tamaño declarados y devuelve una URL firmada por parte "
                    + "(PUT de los bytes de la parte; la respuesta trae su ETag).")
    DirectUploadResponses.Started start(@AuthenticationPrincipal Jwt jwt,
                                        @RequestBody DirectUploadRequests.Start request) {
        return uploads.start(CurrentUser.id(jwt), request);
    }

    @GetMapping("/{upload_id}")
    @Operation(summary = "Estado de una subida directa: partes ya recibidas y URLs nuevas para las demás")
    DirectUploadResponses.Status status(@AuthenticationPrincipal Jwt jwt, @PathVariable("upload_id") String id) {
        return uploads.status(CurrentUser.id(jwt), parse(id));
    }

    @PostMapping("/{upload_id}/complete")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Terminar una subida directa: une las partes, valida el video y encola su procesamiento")
    VideoController.UploadResponse complete(@AuthenticationPrincipal Jwt jwt, @PathVariable("upload_id") String id,
                                            @RequestBody DirectUploadRequests.Complete request) {
        VideoService.Uploaded uploaded = uploads.complete(CurrentUser.id(jwt), parse(id), request);
        return new VideoController.UploadResponse("Video subido correctamente. Procesamiento en curso.",
                uploaded.taskId(), uploaded.videoId());
    }

    @DeleteMapping("/{upload_id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Cancelar una subida directa y descartar sus partes")
    void abort(@AuthenticationPrincipal Jwt jwt, @PathVariable("upload_id") String id) {
        uploads.abort(CurrentUser.id(jwt), parse(id));
    }

    /** An id that is not a UUID names no upload: 404 like any unknown one. */
    private static UUID parse(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw ApiException.notFound(DirectUploadService.NOT_FOUND);
        }
    }
}
