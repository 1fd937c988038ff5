package co.anb.showcase.moderation;

import co.anb.showcase.auth.AccountDirectory;
import co.anb.showcase.shared.PageRequest;
import co.anb.showcase.storage.MediaUrls;
import co.anb.showcase.videos.StaffVideoQueue;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * What the staff console lists: videos to moderate with their owner's contact, and accounts with their standing and
 * how many videos each has. Each owning module answers for its part; the two are joined here by id.
 */
@Service
class ModerationQueues {

    private final StaffVideoQueue videos;
    private final AccountDirectory accounts;
    private final MediaUrls urls;

    ModerationQueues(StaffVideoQueue videos, AccountDirectory accounts, MediaUrls urls) {
        this.videos = videos;
        this.accounts = accounts;
        this.urls = urls;
    }

    Listing<QueuedVideo> videos(Boolean hidden, PageRequest page) {
        StaffVideoQueue.Page found = videos.page(hidden, page);
        Map<UUID, AccountDirectory.Account> owners =
                accounts.byIds(found.items().stream().map(StaffVideoQueue.Row::ownerId).distinct().toList());
        List<QueuedVideo> items = found.items().stream().map(row -> {
            AccountDirectory.Account owner = owners.get(row.ownerId());
            return new QueuedVideo(row.videoId(), row.title(), row.ownerId(),
                    owner == null ? null : owner.firstName() + " " + owner.lastName(),
                    owner == null ? null : owner.email(), owner == null ? null : owner.city(), row.votes(),
                    row.hidden(), row.hiddenReason(), row.uploadedAt(), urls.published(row.processedKey()),
                    row.thumbnailKey() == null ? null : urls.published(row.thumbnailKey()));
        }).toList();
        return new Listing<>(items, found.total(), page.page(), page.limit());
    }

    Listing<Account> accounts(String query, PageRequest page) {
        AccountDirectory.Page found = accounts.search(query, page);
        Map<UUID, Long> videoCounts = videos.countByOwners(found.items().stream().map(AccountDirectory.Account::id)
                .toList());
        List<Account> items = found.items().stream().map(account -> new Account(account.id(), account.firstName(),
                account.lastName(), account.email(), account.city(), account.role(), account.emailVerified(),
                account.suspended(), account.suspendedReason(), videoCounts.getOrDefault(account.id(), 0L)))
                .toList();
        return new Listing<>(items, found.total(), page.page(), page.limit());
    }

    record Listing<T>(List<T> items, long total, int page, int limit) {
    }

    record QueuedVideo(UUID videoId, String title, UUID userId, String player, String email, String city, int votes,
                       boolean hidden, String hiddenReason, Instant uploadedAt, String processedUrl,
                       String thumbnailUrl) {
    }

    record Account(UUID id, String firstName, String lastName, String email, String city, String role,
                   boolean emailVerified, boolean suspended, String suspendedReason, long videos) {
    }
}
