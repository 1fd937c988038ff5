package co.anb.showcase.contest;

import co.anb.showcase.auth.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Concurso", description = "Reglas de la votación: solo votantes verificados y ventana de votación")
class ContestController {

    private final ContestRules rules;
    private final Clock clock;

    ContestController(ContestRules rules, Clock clock) {
        this.rules = rules;
        this.clock = clock;
    }

    @GetMapping("/api/public/contest")
    @Operation(summary = "Estado del concurso: reglas vigentes y si la votación está abierta ahora")
    PublicContest publicState() {
        ContestSettings settings = rules.current();
        return new PublicContest(settings.verifiedVotersOnly(), settings.votingOpensAt(), settings.votingClosesAt(),
                settings.votingOpen(clock.instant()));
    }

    @GetMapping("/api/staff/contest")
    @Operation(summary = "Reglas del concurso (staff)")
    ContestBody get() {
        return ContestBody.of(rules.current());
    }

    @PutMapping("/api/staff/contest")
    @Operation(summary = "Cambiar las reglas del concurso (staff); queda en el registro de auditoría")
    @ApiResponse(responseCode = "400", description = "Campos inválidos, o el cierre no es posterior a la apertura")
    ContestBody put(@Valid @RequestBody ContestBody body, @AuthenticationPrincipal Jwt token) {
        return ContestBody.of(rules.change(body.toSettings(), CurrentUser.id(token)));
    }

    /** ISO-8601 instants with an offset (e.g. {@code 2026-06-01T00:00:00-05:00}), or null for no bound. */
    record ContestBody(
            @NotNull(message = "verified_voters_only es obligatorio (true o false).") Boolean verifiedVotersOnly,
            OffsetDateTime votingOpensAt,
            OffsetDateTime votingClosesAt) {

        static ContestBody of(ContestSettings settings) {
            return new ContestBody(settings.verifiedVotersOnly(), utc(settings.votingOpensAt()),
                    utc(settings.votingClosesAt()));
        }

        ContestSettings toSettings() {
            return new ContestSettings(verifiedVotersOnly, instant(votingOpensAt), instant(votingClosesAt));
        }

        private static OffsetDateTime utc(Instant instant) {
            return instant == null ? null : instant.atOffset(java.time.ZoneOffset.UTC);
        }

        private static Instant instant(OffsetDateTime time) {
            return time == null ? null : time.toInstant();
        }
    }

    record PublicContest(boolean verifiedVotersOnly, Instant votingOpensAt, Instant votingClosesAt,
                         boolean votingOpen) {
    }
}
