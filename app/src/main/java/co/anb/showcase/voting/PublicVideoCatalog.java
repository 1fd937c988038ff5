package co.anb.showcase.voting;

import co.anb.showcase.shared.CityFilter;
import co.anb.showcase.shared.PageRequest;
import co.anb.showcase.storage.ObjectStore;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;

/** The public listing: a page of published videos with browser-usable URLs, and the size of the whole listing. */
@Service
class PublicVideoCatalog {

    private final PublicVideos videos;
    private final ObjectStore store;

    PublicVideoCatalog(PublicVideos videos, ObjectStore store) {
        this.videos = videos;
        this.store = store;
    }

    Listing list(CityFilter city, PublicVideoSort sort, PageRequest page, UUID viewer) {
        List<PublicVideo> items = videos.page(city, sort, page, viewer).stream().map(this::toPublic).toList();
        return new Listing(items, videos.count(city));
    }

    private PublicVideo toPublic(PublicVideos.Row row) {
        return new PublicVideo(row.id(), row.title(), row.username(), row.city(), row.country(),
                url(row.processedKey()), url(row.thumbnailKey()), row.votes(), row.processedAt(), row.votedByMe());
    }

    private String url(String key) {
        return key == null ? null : store.url(key);
    }

    record Listing(List<PublicVideo> items, long total) {
    }
}
