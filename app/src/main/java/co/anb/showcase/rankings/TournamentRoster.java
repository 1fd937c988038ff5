package co.anb.showcase.rankings;

import co.anb.showcase.auth.PlayerContacts;
import co.anb.showcase.contest.ContestRules;
import co.anb.showcase.sharing.ShareLinks;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * Builds the roster staff download to invite players: computed fresh on every call (not from the rankings' cache),
 * because it is read a few times at the contest's end and must show the latest voided votes.
 */
@Service
class TournamentRoster {

    private final Roster roster;
    private final PlayerContacts contacts;
    private final ShareLinks links;
    private final ContestRules contest;
    private final Clock clock;

    TournamentRoster(Roster roster, PlayerContacts contacts, ShareLinks links, ContestRules contest, Clock clock) {
        this.roster = roster;
        this.contacts = contacts;
        this.links = links;
        this.contest = contest;
        this.clock = clock;
    }

    /** Call while serving a request: the video links are absolute under the site's origin. */
    RosterReport top(int top) {
        Instant now = clock.instant();
        boolean closed = contest.current().votingClosed(now);
        List<Roster.Row> rows = roster.top(top);
        Map<UUID, String> emails = contacts.emailsOf(rows.stream().map(Roster.Row::userId).toList());
        Map<String, List<RosterReport.Entry>> byCity = new LinkedHashMap<>();
        for (Roster.Row row : rows) {
            byCity.computeIfAbsent(row.cityName(), city -> new ArrayList<>()).add(new RosterReport.Entry(
                    row.position(), row.userId(), row.player(), emails.get(row.userId()), row.city(), row.votes(),
                    row.videoId(), links.video(row.videoId())));
        }
        List<RosterReport.CityRoster> cities = byCity.entrySet().stream()
                .map(city -> new RosterReport.CityRoster(city.getKey(), city.getValue())).toList();
        return new RosterReport(closed, now, top, cities);
    }
}
