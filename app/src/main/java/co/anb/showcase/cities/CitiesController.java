package co.anb.showcase.cities;

import co.anb.showcase.auth.CurrentUser;
import co.anb.showcase.shared.City;
import co.anb.showcase.shared.CityCatalogue;
import co.anb.showcase.shared.PlainText;
import co.anb.showcase.shared.PublicReadCaching;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.util.List;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
class CitiesController {

    /** The catalogue changes only with a release; a day keeps it out of every signup page's way. */
    private static final CacheControl CATALOGUE_CACHING = CacheControl.maxAge(Duration.ofDays(1)).cachePublic();

    private final CityDirectory directory;
    private final CityMerge merge;

    CitiesController(CityDirectory directory, CityMerge merge) {
        this.directory = directory;
        this.merge = merge;
    }

    @GetMapping("/api/public/cities")
    @Tag(name = "Public")
    @Operation(summary = "Ciudades con jugadores", description = "Para el filtro por ciudad: las ciudades del "
            + "catálogo del DANE que tienen jugadores, por nombre, y después las que no están en el catálogo "
            + "(known=false), tal como se escribieron.")
    ResponseEntity<List<CityDirectory.CityEntry>> withPlayers() {
        return ResponseEntity.ok().cacheControl(PublicReadCaching.SHARED).body(directory.withPlayers());
    }

    @GetMapping("/api/public/cities/catalogue")
    @Tag(name = "Public")
    @Operation(summary = "Catálogo de municipios (DANE, DIVIPOLA)", description = "Todos los municipios, con el "
            + "nombre que se guarda al registrarse; para sugerir la ciudad en el formulario de registro.")
    ResponseEntity<List<CatalogueEntry>> catalogue() {
        return ResponseEntity.ok().cacheControl(CATALOGUE_CACHING).body(CatalogueEntry.ALL);
    }

    @PostMapping("/api/staff/cities/merge")
    @Tag(name = "Staff")
    @Operation(summary = "Unir dos ciudades (staff)", description = "Pasa a los jugadores de la ciudad 'from' a "
            + "'into', que debe ser un municipio del catálogo o una ciudad que ya tenga jugadores. Queda en el "
            + "registro de auditoría del staff.")
    CityMerge.Result merge(@Valid @RequestBody MergeRequest request, @AuthenticationPrincipal Jwt token) {
        return merge.merge(request.from(), request.into(), CurrentUser.id(token));
    }

    record MergeRequest(
            @NotBlank(message = "La ciudad de origen es obligatoria.")
            @Size(max = 100, message = "La ciudad de origen admite máximo 100 caracteres.")
            @Pattern(regexp = PlainText.REGEX, message = "La ciudad de origen contiene caracteres no permitidos.")
            String from,
            @NotBlank(message = "La ciudad de destino es obligatoria.")
            @Size(max = 100, message = "La ciudad de destino admite máximo 100 caracteres.")
            @Pattern(regexp = PlainText.REGEX, message = "La ciudad de destino contiene caracteres no permitidos.")
            String into) {
    }

    record CatalogueEntry(String city, String department, String daneCode) {

        static final List<CatalogueEntry> ALL = CityCatalogue.all().stream()
                .map((City city) -> new CatalogueEntry(city.display(), city.department(), city.daneCode()))
                .toList();
    }
}
