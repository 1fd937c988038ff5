package co.anb.showcase.cities;

import co.anb.showcase.auth.PlayerCities;
import co.anb.showcase.shared.ApiException;
import co.anb.showcase.shared.City;
import co.anb.showcase.shared.CityCatalogue;
import co.anb.showcase.staffaudit.StaffAudit;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Staff fold what the catalogue cannot: a misspelt or unlisted city moved into a known one (or into another value
 * players already use). The move and its audit entry commit together.
 */
@Service
class CityMerge {

    static final String CITY_NOT_FOUND = "city_not_found";
    static final String SAME_CITY = "city_merge_same";

    private final CityPlayerCounts counts;
    private final PlayerCities playerCities;
    private final StaffAudit audit;
    private final TransactionTemplate transactions;
    private final CityDirectory directory;

    CityMerge(CityPlayerCounts counts, PlayerCities playerCities, StaffAudit audit, TransactionTemplate transactions,
              CityDirectory directory) {
        this.counts = counts;
        this.playerCities = playerCities;
        this.audit = audit;
        this.transactions = transactions;
        this.directory = directory;
    }

    Result merge(String from, String into, UUID staffId) {
        String source = counts.storedSpelling(CityCatalogue.canonical(from)).orElseThrow(() -> new ApiException(
                HttpStatus.NOT_FOUND, CITY_NOT_FOUND, "Ningún jugador tiene la ciudad '" + from.strip() + "'."));
        String target = CityCatalogue.find(into).map(City::display)
                .or(() -> counts.storedSpelling(into.strip()))
                .orElseThrow(() -> new ApiException(HttpStatus.NOT_FOUND, CITY_NOT_FOUND, "La ciudad '"
                        + into.strip() + "' no está en el catálogo ni la tiene ningún jugador."));
        if (source.equalsIgnoreCase(target)) {
            throw ApiException.badRequest(SAME_CITY, "La ciudad de origen y la de destino son la misma.");
        }
        Integer moved = transactions.execute(status -> {
            int count = playerCities.move(source, target);
            audit.record(staffId, "merge_cities", "city:" + source, null,
                    "into=" + target + "; players_moved=" + count);
            return count;
        });
        directory.forget();
        return new Result(source, target, moved == null ? 0 : moved);
    }

    record Result(String from, String into, int playersMoved) {
    }
}
