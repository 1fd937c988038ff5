package co.anb.showcase.rankings;

import co.anb.showcase.shared.ApiException;
import co.anb.showcase.shared.ProblemCodes;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The tournament roster for staff: the top players of every city, as JSON or as a CSV file for a spreadsheet. */
@RestController
@Tag(name = "Staff")
class StaffResultsController {

    static final String PATH = "/api/staff/results";
    static final int MIN_TOP = 1;
    static final int MAX_TOP = 100;
    static final int DEFAULT_TOP = 10;
    static final String TOP_INVALID = "El parámetro 'top' debe ser un número entero entre 1 y 100.";
    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final TournamentRoster roster;

    StaffResultsController(TournamentRoster roster) {
        this.roster = roster;
    }

    @GetMapping(path = PATH, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Resultados: los N mejores jugadores de cada ciudad (staff)", description = "Solo votos "
            + "contados, con las posiciones del ranking (empates con la misma posición; los empatados en el corte "
            + "entran todos), el correo del jugador y el enlace para compartir su video más votado. final = la "
            + "votación ya cerró. Con Accept: text/csv, el mismo listado como archivo CSV (UTF-8 con BOM).")
    @ApiResponse(responseCode = "200", description = "El listado", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(implementation = RosterReport.class)),
            @Content(mediaType = "text/csv", schema = @Schema(type = "string"))})
    @ApiResponse(responseCode = "400", description = "top fuera de 1 a 100 (invalid_parameter)")
    @ApiResponse(responseCode = "403", description = "La cuenta no es de staff")
    RosterReport results(@Parameter(description = "Jugadores por ciudad, de 1 a 100",
            schema = @Schema(type = "integer", defaultValue = "10")) @RequestParam(required = false) String top) {
        return roster.top(top(top));
    }

    @GetMapping(path = PATH, produces = "text/csv")
    ResponseEntity<String> resultsCsv(@RequestParam(required = false) String top) {
        int count = top(top);
        String csv = RosterCsv.of(roster.top(count));
        return ResponseEntity.ok()
                .contentType(CSV)
                // personal data (e-mails): no shared cache keeps it
                .cacheControl(CacheControl.noStore())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("resultados-top-" + count + ".csv").build().toString())
                .body(csv);
    }

    private static int top(String raw) {
        if (raw == null || raw.isBlank()) {
            return DEFAULT_TOP;
        }
        try {
            int top = Integer.parseInt(raw.strip());
            if (top >= MIN_TOP && top <= MAX_TOP) {
                return top;
            }
        } catch (NumberFormatException e) {
            // refused below, like a number out of range
        }
        throw ApiException.badRequest(ProblemCodes.INVALID_PARAMETER, TOP_INVALID);
    }
}
