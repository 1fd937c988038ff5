package co.anb.showcase.load.seed;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SeedDataTest {

    private static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");
    private final SeedData data = Seeder.standard(NOW);

    @Test
    void hasTheSizeOfTheStandardDataset() {
        Seeder.Counts counts = Seeder.counts(data);

        assertThat(counts.users()).isEqualTo(2_000);
        assertThat(counts.cities()).isEqualTo(10);
        assertThat(counts.videos()).isEqualTo(3_000);
        assertThat(counts.votes()).isEqualTo(50_000);
    }

    @Test
    void everyVideosCounterEqualsItsVotesAndNobodyVotesTwiceOrForThemselves() {
        Map<UUID, Long> votesPerVideo = data.votes.stream()
                .collect(Collectors.groupingBy(SeedData.Vote::videoId, Collectors.counting()));
        Map<UUID, UUID> owners = data.videos.stream()
                .collect(Collectors.toMap(SeedData.Video::id, SeedData.Video::ownerId));
        Set<String> pairs = new HashSet<>();

        data.videos.forEach(video -> assertThat((long) video.voteCount())
                .isEqualTo(votesPerVideo.getOrDefault(video.id(), 0L)));
        data.votes.forEach(vote -> {
            assertThat(pairs.add(vote.userId() + "/" + vote.videoId())).isTrue();
            assertThat(vote.userId()).isNotEqualTo(owners.get(vote.videoId()));
            assertThat(vote.createdAt()).isBeforeOrEqualTo(NOW);
        });
    }

    @Test
    void popularityIsSkewed() {
        Seeder.Counts counts = Seeder.counts(data);

        // under a uniform spread the top tenth of the videos would hold about a tenth of the votes
        assertThat(counts.topTenPercentShare()).isGreaterThan(0.35);
        assertThat(counts.topVideoVotes()).isGreaterThan(500).isLessThan(2_000);
    }

    @Test
    void everyPlayerOwnsAVideoAndTheEmailsAreUniqueAndMarked() {
        Set<UUID> owners = data.videos.stream().map(SeedData.Video::ownerId).collect(Collectors.toSet());

        assertThat(owners).hasSize(1_200);
        assertThat(data.users.stream().map(SeedData.User::email).distinct()).hasSize(2_000)
                .allMatch(email -> email.endsWith(SeedData.EMAIL_DOMAIN));
    }

    @Test
    void isTheSameEveryTime() {
        SeedData again = Seeder.standard(NOW);
        Function<SeedData, String> fingerprint = d -> d.videos.stream().map(v -> v.id() + ":" + v.voteCount())
                .collect(Collectors.joining(","));

        assertThat(fingerprint.apply(again)).isEqualTo(fingerprint.apply(data));
    }

    @Test
    void zipfDrawsFollowTheCumulativeShares() {
        double[] cumulative = SeedData.zipfCumulative(4, 1.0);

        assertThat(cumulative[3]).isEqualTo(1.0);
        assertThat(SeedData.draw(cumulative, 0.0)).isZero();
        assertThat(SeedData.draw(cumulative, cumulative[0])).isZero();
        assertThat(SeedData.draw(cumulative, cumulative[0] + 1e-9)).isEqualTo(1);
        assertThat(SeedData.draw(cumulative, 1.0)).isEqualTo(3);
    }
}
