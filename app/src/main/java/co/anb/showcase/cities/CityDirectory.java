package co.anb.showcase.cities;

import co.anb.showcase.auth.PlayerSignedUp;
import co.anb.showcase.shared.City;
import co.anb.showcase.shared.CityCatalogue;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The cities that have players, for the listings' city filter. Cached briefly because every gallery and ranking
 * page asks for it; this node drops the copy as soon as a signup or a merge commits, other nodes within the TTL.
 */
@Service
class CityDirectory {

    private static final Duration TTL = Duration.ofSeconds(30);
    private static final String ALL = "all";

    private final CityPlayerCounts counts;
    private final Cache<String, List<CityEntry>> cache = Caffeine.newBuilder().expireAfterWrite(TTL).build();

    CityDirectory(CityPlayerCounts counts) {
        this.counts = counts;
    }

    /** Known municipalities by name, then the unknown cities (kept as typed) by name. */
    List<CityEntry> withPlayers() {
        return cache.get(ALL, key -> counts.all().stream()
                .map(CityDirectory::entry)
                .sorted(Comparator.comparing((CityEntry entry) -> !entry.known())
                        .thenComparing(CityEntry::city, CityCatalogue.spanishOrder()))
                .toList());
    }

    void forget() {
        cache.invalidateAll();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void onSignup(PlayerSignedUp event) {
        forget();
    }

    private static CityEntry entry(CityPlayerCounts.Count count) {
        Optional<City> city = CityCatalogue.find(count.city())
                .filter(known -> known.display().equalsIgnoreCase(count.city()));
        return city.map(known -> new CityEntry(known.display(), known.department(), known.daneCode(),
                        count.players(), true))
                .orElseGet(() -> new CityEntry(count.city(), null, null, count.players(), false));
    }

    /** One city of the list; {@code department} and {@code daneCode} are null for a city not in the catalogue. */
    record CityEntry(String city, String department, String daneCode, long players, boolean known) {
    }
}
