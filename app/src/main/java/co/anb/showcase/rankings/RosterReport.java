package co.anb.showcase.rankings;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The tournament roster as {@code GET /api/staff/results} answers it.
 *
 * @param closed whether the voting window has closed, so no vote can change it any more ({@code final} in JSON)
 */
record RosterReport(@JsonProperty("final") boolean closed, Instant generatedAt, int top, List<CityRoster> cities) {

    RosterReport {
        cities = List.copyOf(cities);
    }

    record CityRoster(String city, List<Entry> players) {

        CityRoster {
            players = List.copyOf(players);
        }
    }

    /** One invited player: {@code videoUrl} is the share page of their most-voted published video. */
    record Entry(long position, UUID userId, String player, String email, String city, long votes, UUID videoId,
                 String videoUrl) {
    }
}
