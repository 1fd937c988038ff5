package co.anb.showcase.voting;

import co.anb.showcase.auth.CurrentUser;
import co.anb.showcase.shared.CityFilter;
import co.anb.showcase.shared.PageRequest;
import co.anb.showcase.shared.PublicReadCaching;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/public/videos")
@Tag(name = "Videos públicos", description = "Videos publicados para votación y votos del público")
class PublicVideosController {

    static final String TOTAL_COUNT = "X-Total-Count";

    private final PublicVideoCatalog catalog;
    private final VoteService votes;
    private final VoteLimiter limiter;
    private final ClientFingerprint fingerprints;

    PublicVideosController(PublicVideoCatalog catalog, VoteService votes, VoteLimiter limiter,
                           ClientFingerprint fingerprints) {
        this.catalog = catalog;
        this.votes = votes;
        this.limiter = limiter;
        this.fingerprints = fingerprints;
    }

    @GetMapping
    @Operation(summary = "Listar los videos publicados para votación",
            description = "No requiere sesión; con un token válido cada video incluye voted_by_me.")
    @ApiResponse(responseCode = "200", description = "Una página de videos",
            headers = @Header(name = TOTAL_COUNT, description = "Total de videos que cumplen el filtro",
                    schema = @Schema(type = "integer")))
    @ApiResponse(responseCode = "400", description = "Valores de paginación, orden o filtro inválidos")
    ResponseEntity<List<PublicVideo>> list(
            @Parameter(description = "Página, desde 1", schema = @Schema(type = "integer", defaultValue = "1"))
            @RequestParam(required = false) String page,
            @Parameter(description = "Videos por página, de 1 a " + PageRequest.MAX_LIMIT,
                    schema = @Schema(type = "integer", defaultValue = "" + PageRequest.DEFAULT_LIMIT))
            @RequestParam(required = false) String limit,
            @Parameter(description = "Ciudad del jugador (sin distinguir mayúsculas)")
            @RequestParam(required = false) String city,
            @Parameter(description = "Orden", schema = @Schema(allowableValues = {"votes", "recent"},
                    defaultValue = "votes"))
            @RequestParam(required = false) String sort,
            @AuthenticationPrincipal Jwt token) {
        PublicVideoCatalog.Listing listing = catalog.list(CityFilter.of(city), PublicVideoSort.of(sort),
                PageRequest.of(page, limit), token == null ? null : CurrentUser.id(token));
        return ResponseEntity.ok()
                .cacheControl(token == null ? PublicReadCaching.SHARED : PublicReadCaching.PERSONAL)
                // the same URL answers differently once logged in: a browser must not reuse the anonymous copy
                .varyBy(HttpHeaders.AUTHORIZATION)
                .header(TOTAL_COUNT, String.valueOf(listing.total())).body(listing.items());
    }

    @PostMapping("/{video_id}/vote")
    @Operation(summary = "Votar por un video publicado", description = "Un voto por usuario y video; "
            + "no se puede votar por los videos propios.")
    @ApiResponse(responseCode = "200", description = "Voto registrado")
    @ApiResponse(responseCode = "400", description = "Ya votó por este video, o el video es propio")
    @ApiResponse(responseCode = "401", description = "Sin token o token inválido")
    @ApiResponse(responseCode = "403", description = "Una regla del concurso lo impide: votación cerrada "
            + "(voting_closed) o correo sin verificar (email_not_verified)")
    @ApiResponse(responseCode = "404", description = "El video no existe o no está publicado")
    @ApiResponse(responseCode = "429", description = "Demasiados votos en poco tiempo (rate_limited, Retry-After)")
    VoteResponse vote(@PathVariable("video_id") String videoId, @AuthenticationPrincipal Jwt token,
                      HttpServletRequest request) {
        UUID video = VoteService.parse(videoId);
        UUID voter = CurrentUser.id(token);
        // the address as the load balancer saw it: Tomcat's remote-IP valve has applied X-Forwarded-For
        ClientFingerprint.Fingerprint client = fingerprints.of(request.getRemoteAddr(),
                request.getHeader(HttpHeaders.USER_AGENT));
        limiter.admit(voter, video, client);
        votes.vote(voter, video, client);
        return new VoteResponse("Voto registrado exitosamente.");
    }

    record VoteResponse(String message) {
    }
}
