package co.anb.showcase.web;

import static co.anb.showcase.web.ProblemExpectations.assertRefusedOrAccepted;
import static co.anb.showcase.web.ProblemExpectations.encode;
import static org.assertj.core.api.Assertions.assertThat;

import co.anb.showcase.ApiClient;
import co.anb.showcase.IntegrationTest;
import co.anb.showcase.videos.Leftovers;
import co.anb.showcase.web.HostileValues.Hostile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every hostile value of {@link HostileValues} in every path and query parameter of the API and in the upload's
 * title: never a 5xx, a refusal is a problem with a code, a weird but valid filter is an empty page, and a refused
 * upload or vote leaves nothing behind (no row, no stored object, no job).
 */
@IntegrationTest
class HostileParametersTest {

    static final String VIDEOS = "/api/public/videos";
    static final String RANKINGS = "/api/public/rankings";

    @TempDir
    static Path files;
    static Path notAVideo;
    static ApiClient.Session player;

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    ApiClient api;

    @BeforeAll
    static void writeFile() throws IOException {
        notAVideo = Files.writeString(files.resolve("clip.mp4"), "esto no es un video");
    }

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        if (player == null) {
            player = api.newPlayer("Cali");
        }
    }

    @TestFactory
    Stream<DynamicNode> publicVideos() {
        return Stream.of(
                slot("videos page", value -> VIDEOS + "?page=" + value, this::notBlankNorMaxInt),
                slot("videos limit", value -> VIDEOS + "?limit=" + value, hostile -> !hostile.isBlank()),
                slot("videos city", value -> VIDEOS + "?city=" + value, hostile -> hostile.breaksText(false)),
                slot("videos sort", value -> VIDEOS + "?sort=" + value, hostile -> !hostile.isBlank()));
    }

    @TestFactory
    Stream<DynamicNode> rankings() {
        return Stream.of(
                slot("rankings city", value -> RANKINGS + "?city=" + value, hostile -> hostile.breaksText(false)),
                slot("rankings page", value -> RANKINGS + "?page=" + value, this::notBlankNorMaxInt),
                slot("rankings limit", value -> RANKINGS + "?limit=" + value, hostile -> !hostile.isBlank()));
    }

    /** No video has a hostile id: looking it up, deleting it or voting for it is refused, and changes nothing. */
    @TestFactory
    Stream<DynamicNode> videoIds() {
        return Stream.of(
                container("video detail id", hostile -> assertRefusedOrAccepted(
                        api.get("/api/videos/" + encode(hostile.value()), player.token()), !hostile.isBlank())),
                container("video delete id", hostile -> unchanged(() -> assertRefusedOrAccepted(
                        api.delete("/api/videos/" + encode(hostile.value()), player.token()), true))),
                container("vote video id", hostile -> unchanged(() -> assertRefusedOrAccepted(
                        api.postJson(VIDEOS + "/" + encode(hostile.value()) + "/vote", player.token(), "{}"),
                        true))));
    }

    /** The title is checked first; whatever it is, the file is no video, so every upload is refused. */
    @TestFactory
    Stream<DynamicNode> uploadTitle() {
        return Stream.of(container("upload title", hostile -> unchanged(() -> assertRefusedOrAccepted(
                api.upload(player.token(), notAVideo, "clip.mp4", hostile.value()), true))));
    }

    @TestFactory
    Stream<DynamicNode> health() {
        return Stream.of(slot("health extra parameter", value -> "/api/health?x=" + value, hostile -> false));
    }

    private DynamicContainer slot(String name, Function<String, String> pathWith, Predicate<Hostile> mustRefuse) {
        return container(name, hostile -> assertRefusedOrAccepted(
                api.get(pathWith.apply(encode(hostile.value())), null), mustRefuse.test(hostile)));
    }

    private static DynamicContainer container(String name, HostileCheck check) {
        return DynamicContainer.dynamicContainer(name, HostileValues.ALL.stream()
                .map(hostile -> DynamicTest.dynamicTest(hostile.name(), () -> check.run(hostile))));
    }

    private boolean notBlankNorMaxInt(Hostile hostile) {
        return !hostile.isBlank() && !hostile.value().equals(String.valueOf(Integer.MAX_VALUE));
    }

    /** No video, outbox (job) or vote row and no stored original is added by a refused request. */
    private void unchanged(Runnable request) {
        Leftovers before = Leftovers.now(jdbc);
        long votes = jdbc.sql("SELECT count(*) FROM votes").query(Long.class).single();
        request.run();
        before.assertNothingAddedSince(jdbc);
        assertThat(jdbc.sql("SELECT count(*) FROM votes").query(Long.class).single())
                .as("votes").isEqualTo(votes);
    }

    @FunctionalInterface
    private interface HostileCheck {
        void run(Hostile hostile);
    }
}
