package co.anb.showcase.rankings;

import co.anb.showcase.contest.ContestRules;
import co.anb.showcase.contest.ContestSettings;
import co.anb.showcase.shared.CityFilter;
import co.anb.showcase.shared.PageRequest;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import co.anb.showcase.videos.VideoVisibilityChanged;
import co.anb.showcase.voting.VotesVoided;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Serves ranking pages from a short-lived cache keyed by (city, page, limit): under load the ranking query runs at
 * most once per key per {@code anb.rankings.cache-ttl}, concurrent misses for one key wait for a single computation,
 * and a new vote shows up once the entry expires.
 */
@Service
class RankingService {

    private final Rankings rankings;
    private final ContestRules contest;
    private final Cache<Key, RankingPage> cache;

    RankingService(Rankings rankings, ContestRules contest, RankingsProperties properties) {
        this.rankings = rankings;
        this.contest = contest;
        this.cache = Caffeine.newBuilder()
                .expireAfterWrite(properties.cacheTtl())
                .maximumSize(properties.cacheMaxEntries())
                .build();
    }

    /**
     * Votes voided by staff change counts downwards at once, not only at the next expiry: drop every cached page
     * (pages mix cities and videos; the next reads recompute). Other nodes drop theirs within the cache's TTL.
     */
    @TransactionalEventListener(fallbackExecution = true)
    void onVotesVoided(VotesVoided event) {
        cache.invalidateAll();
    }

    /** Staff hid or showed videos (directly or by suspending their owner): players and sums change at once. */
    @TransactionalEventListener(fallbackExecution = true)
    void onVisibilityChanged(VideoVisibilityChanged event) {
        cache.invalidateAll();
    }

    RankingPage page(CityFilter city, PageRequest page) {
        return cache.get(new Key(city.normalized(), page.page(), page.limit()),
                key -> new RankingPage(rankings.page(city, page), rankings.count(city), contest.current()));
    }

    /**
     * @param contest the rules when the page was computed: whether it is final is decided at each answer, so the
     *                window's close shows at once; a staff change of the window shows within the cache's TTL
     */
    record RankingPage(List<Ranking> items, long total, ContestSettings contest) {

        RankingPage {
            items = List.copyOf(items);
        }

        boolean isFinal(Instant now) {
            return contest.votingClosed(now);
        }
    }

    private record Key(String city, int page, int limit) {
    }
}
