package co.anb.showcase.rankings;

import co.anb.showcase.shared.CityFilter;
import co.anb.showcase.shared.PageRequest;
import co.anb.showcase.shared.PublicReadCaching;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/public/rankings")
@Tag(name = "Rankings", description = "Clasificación de jugadores por votos, general o por ciudad")
class RankingsController {

    static final String TOTAL_COUNT = "X-Total-Count";
    /** The body is the contract's bare array, so whether the ranking is final travels in a header. */
    static final String FINAL = "X-Rankings-Final";

    private final RankingService rankings;
    private final Clock clock;

    RankingsController(RankingService rankings, Clock clock) {
        this.rankings = rankings;
        this.clock = clock;
    }

    @GetMapping
    @Operation(summary = "Consultar el ranking de jugadores",
            description = "Votos sumados sobre los videos publicados de cada jugador; empates por nombre con la "
                    + "misma posición (1, 2, 2, 4). Los resultados pueden tardar unos segundos en reflejar votos nuevos.")
    @ApiResponse(responseCode = "200", description = "Una página del ranking",
            headers = {@Header(name = TOTAL_COUNT, description = "Total de jugadores en el ranking (filtrado)",
                    schema = @Schema(type = "integer")),
                    @Header(name = FINAL, description = "true cuando la votación ya cerró: resultados finales",
                            schema = @Schema(type = "boolean"))})
    @ApiResponse(responseCode = "400", description = "Valores de paginación o filtro inválidos")
    @SecurityRequirements
    ResponseEntity<List<Ranking>> ranking(
            @Parameter(description = "Ciudad del jugador (sin distinguir mayúsculas ni espacios alrededor)")
            @RequestParam(required = false) String city,
            @Parameter(description = "Página, desde 1", schema = @Schema(type = "integer", defaultValue = "1"))
            @RequestParam(required = false) String page,
            @Parameter(description = "Jugadores por página, de 1 a " + PageRequest.MAX_LIMIT,
                    schema = @Schema(type = "integer", defaultValue = "" + PageRequest.DEFAULT_LIMIT))
            @RequestParam(required = false) String limit) {
        RankingService.RankingPage ranking = rankings.page(CityFilter.of(city), PageRequest.of(page, limit));
        return ResponseEntity.ok().cacheControl(PublicReadCaching.SHARED)
                .header(TOTAL_COUNT, String.valueOf(ranking.total()))
                .header(FINAL, String.valueOf(ranking.isFinal(clock.instant())))
                .body(ranking.items());
    }
}
