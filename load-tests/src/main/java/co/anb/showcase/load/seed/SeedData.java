package co.anb.showcase.load.seed;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/**
 * A realistic dataset for the read endpoints, generated deterministically from a seed: users spread over cities
 * (the big cities have more), processed videos owned by a subset of them (the players), and votes whose popularity
 * follows a Zipf law over the videos, one vote per user per video and never for one's own video. Each video's
 * {@code votes} counter equals the number of its vote rows.
 */
public final class SeedData {

    /** Every seeded account's email ends so, which is how a new seed finds and replaces the previous one. */
    public static final String EMAIL_DOMAIN = "@seed.anb.test";
    public static final String PASSWORD = "Semilla2026!";
    /** The catalogue's names (docs/cities.md): the seed writes rows directly, so it must store them as signup does. */
    public static final List<String> CITIES = List.of("Bogotá D.C.", "Medellín", "Cali", "Barranquilla",
            "Cartagena de Indias", "Bucaramanga", "Cúcuta", "Pereira", "Santa Marta", "Manizales");
    /** Share of users per city: roughly the cities' populations. */
    private static final double[] CITY_WEIGHTS = {0.30, 0.16, 0.14, 0.09, 0.07, 0.06, 0.06, 0.04, 0.04, 0.04};
    private static final List<String> FIRST_NAMES = List.of("Santiago", "Sebastián", "Mateo", "Nicolás", "Samuel",
            "Alejandro", "Daniel", "Juan", "Andrés", "Camilo", "Valentina", "Mariana", "Isabella", "Sofía", "Daniela",
            "Gabriela", "Laura", "Natalia", "Sara", "Paula");
    private static final List<String> LAST_NAMES = List.of("Rodríguez", "Martínez", "García", "Gómez", "López",
            "González", "Hernández", "Sánchez", "Ramírez", "Pérez", "Díaz", "Moreno", "Vargas", "Rojas", "Castro",
            "Jiménez", "Torres", "Ortiz", "Muñoz", "Suárez", "Romero", "Valencia", "Restrepo", "Cárdenas",
            "Mejía");

    final List<User> users;
    final List<Video> videos;
    final List<Vote> votes;

    private SeedData(List<User> users, List<Video> videos, List<Vote> votes) {
        this.users = users;
        this.videos = videos;
        this.votes = votes;
    }

    /**
     * @param players  how many of the users own videos (the first ones)
     * @param zipfS    the Zipf exponent of video popularity (1 is classic; lower is flatter)
     */
    static SeedData generate(int userCount, int players, int videoCount, int voteCount, double zipfS, long seed,
                             Instant now) {
        if (players > userCount || players > videoCount) {
            throw new IllegalArgumentException("need players <= users and players <= videos");
        }
        Random random = new Random(seed);
        List<User> users = new ArrayList<>(userCount);
        for (int i = 0; i < userCount; i++) {
            String first = FIRST_NAMES.get(random.nextInt(FIRST_NAMES.size()));
            String last = LAST_NAMES.get(random.nextInt(LAST_NAMES.size()))
                    + " " + LAST_NAMES.get(random.nextInt(LAST_NAMES.size()));
            users.add(new User(new UUID(0x5EED_0000_0000_0000L, i), first, last,
                    "jugador%05d%s".formatted(i + 1, EMAIL_DOMAIN), pickCity(random),
                    now.minus(Duration.ofMinutes(60L * 24 * 90 - i))));
        }

        // Every player owns at least one video; the rest go to players at random, so some have several.
        List<Video> videos = new ArrayList<>(videoCount);
        for (int i = 0; i < videoCount; i++) {
            User owner = users.get(i < players ? i : random.nextInt(players));
            Instant uploaded = now.minus(Duration.ofSeconds(1 + random.nextInt(60 * 60 * 24 * 30)));
            Instant processed = uploaded.plusSeconds(30 + random.nextInt(300));
            videos.add(new Video(new UUID(0x5EED_1111_0000_0000L, i), owner.id(), UUID.nameUUIDFromBytes(
                    ("task-" + i).getBytes(StandardCharsets.UTF_8)),
                    "Jugada %d de %s".formatted(i + 1, owner.firstName()), uploaded, processed, new int[1]));
        }

        // Popularity: a random permutation of the videos ranked by Zipf(s). A voter is drawn uniformly; a pair
        // already used, or a vote for one's own video, is drawn again, so popular videos saturate gracefully.
        int[] rankToVideo = shuffledIndexes(videoCount, random);
        double[] cumulative = zipfCumulative(videoCount, zipfS);
        int maxVotes = (int) Math.min(voteCount, (long) videoCount * (userCount - 1));
        Set<Long> pairs = new HashSet<>(maxVotes * 2);
        List<Vote> votes = new ArrayList<>(maxVotes);
        while (votes.size() < maxVotes) {
            int videoIndex = rankToVideo[draw(cumulative, random.nextDouble())];
            Video video = videos.get(videoIndex);
            int voterIndex = random.nextInt(userCount);
            User voter = users.get(voterIndex);
            long pair = (long) videoIndex * userCount + voterIndex;
            if (voter.id().equals(video.ownerId()) || !pairs.add(pair)) {
                continue;
            }
            video.votes()[0]++;
            Instant at = video.processedAt().plusSeconds(
                    1 + random.nextInt((int) Math.max(1, Duration.between(video.processedAt(), now).toSeconds())));
            votes.add(new Vote(voter.id(), video.id(), at.isAfter(now) ? now : at));
        }
        return new SeedData(users, videos, votes);
    }

    private static String pickCity(Random random) {
        double r = random.nextDouble();
        for (int i = 0; i < CITY_WEIGHTS.length; i++) {
            r -= CITY_WEIGHTS[i];
            if (r < 0) {
                return CITIES.get(i);
            }
        }
        return CITIES.get(CITIES.size() - 1);
    }

    private static int[] shuffledIndexes(int n, Random random) {
        int[] indexes = new int[n];
        for (int i = 0; i < n; i++) {
            indexes[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = indexes[i];
            indexes[i] = indexes[j];
            indexes[j] = swap;
        }
        return indexes;
    }

    static double[] zipfCumulative(int n, double s) {
        double[] cumulative = new double[n];
        double sum = 0;
        for (int k = 1; k <= n; k++) {
            sum += 1 / Math.pow(k, s);
            cumulative[k - 1] = sum;
        }
        for (int i = 0; i < n; i++) {
            cumulative[i] /= sum;
        }
        return cumulative;
    }

    /** The rank (0-based) whose cumulative share first reaches {@code u}. */
    static int draw(double[] cumulative, double u) {
        int low = 0;
        int high = cumulative.length - 1;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (cumulative[mid] < u) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    record User(UUID id, String firstName, String lastName, String email, String city, Instant createdAt) {
    }

    /** {@code votes} is a one-element counter, filled while the votes are drawn. */
    record Video(UUID id, UUID ownerId, UUID taskId, String title, Instant uploadedAt, Instant processedAt,
                 int[] votes) {

        int voteCount() {
            return votes[0];
        }
    }

    record Vote(UUID userId, UUID videoId, Instant createdAt) {
    }
}
