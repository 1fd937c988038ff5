package co.anb.showcase.voting;

import co.anb.showcase.shared.CityFilter;
import co.anb.showcase.shared.PageRequest;
import co.anb.showcase.storage.MediaUrls;
import co.anb.showcase.videos.VideoPublished;
import co.anb.showcase.videos.VideoVisibilityChanged;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The public listing. The part every viewer shares (a page and the listing's size) is computed once per
 * {@code anb.public-videos.cache-ttl} and evicted on this node when a vote is cast or voided, a video published, or
 * staff hide videos or suspend their owner; other nodes see the change within the lifetime. What is personal
 * ({@code voted_by_me}) is one small query for the page's ids, and URLs are stable (no signing), so a cached page
 * costs a map lookup and a few string joins. An anonymous viewer's whole answer is kept too
 * ({@link AnonymousListingResponses}), and cleared with the pages.
 */
@Service
class PublicVideoCatalog {

    private final PublicVideos videos;
    private final Votes votes;
    private final MediaUrls urls;
    private final Cache<Key, SharedPage> pages;
    private final AnonymousListingResponses anonymousAnswers;

    PublicVideoCatalog(PublicVideos videos, Votes votes, MediaUrls urls, PublicVideosProperties properties,
                       AnonymousListingResponses anonymousAnswers) {
        this.videos = videos;
        this.votes = votes;
        this.urls = urls;
        this.anonymousAnswers = anonymousAnswers;
        this.pages = Caffeine.newBuilder().expireAfterWrite(properties.cacheTtl())
                .maximumSize(properties.cacheMaxEntries()).build();
    }

    Listing list(CityFilter city, PublicVideoSort sort, PageRequest page, UUID viewer) {
        SharedPage shared = pages.get(new Key(city.normalized(), sort, page.page(), page.limit()),
                key -> new SharedPage(videos.page(city, sort, page), videos.count(city)));
        Set<UUID> voted = viewer == null ? Set.of()
                : votes.votedAmong(viewer, shared.rows().stream().map(PublicVideos.Row::id).toList());
        List<PublicVideo> items = shared.rows().stream()
                .map(row -> toPublic(row, viewer == null ? null : voted.contains(row.id())))
                .toList();
        return new Listing(items, shared.total());
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(VoteCast vote) {
        changed();
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(VotesVoided voided) {
        changed();
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(VideoPublished published) {
        changed();
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(VideoVisibilityChanged moderated) {
        changed();
    }

    private void changed() {
        pages.invalidateAll();
        anonymousAnswers.clear();
    }

    private PublicVideo toPublic(PublicVideos.Row row, Boolean votedByMe) {
        return new PublicVideo(row.id(), row.title(), row.username(), row.city(), row.country(),
                urls.published(row.processedKey()), urls.published(row.thumbnailKey()), row.votes(),
                row.processedAt(), votedByMe);
    }

    record Listing(List<PublicVideo> items, long total) {
    }

    private record SharedPage(List<PublicVideos.Row> rows, long total) {
    }

    private record Key(String city, PublicVideoSort sort, int page, int limit) {
    }
}
