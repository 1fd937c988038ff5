package co.anb.showcase.load.web;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.csv;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.group;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.percent;
import static io.gatling.javaapi.core.CoreDsl.rampConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.RawFileBodyPart;
import static io.gatling.javaapi.http.HttpDsl.StringBodyPart;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import co.anb.showcase.load.seed.SeedData;
import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ClosedInjectionStep;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The web scenario of docs/capacity.md, one load level: {@code users} concurrent users (closed model: a user who
 * finishes is replaced at once), reached by a linear ramp and then held. Fans browse the public videos and the
 * rankings with and without a city; players log in, open their videos and upload a real MP4 (4 MB, sometimes
 * 50 MB) with the worker decoupled. Users think between actions.
 * <p>
 * Every request runs inside a group named after the phase it starts in, {@code ramp}, {@code hold}, or
 * {@code tail} once the hold is over (users finishing their session while no new ones start), so the report's
 * "hold" group gives the figures of the steady part alone (its percentiles are over single requests: a group holds
 * one request). The run stops {@link #TAIL_LIMIT} after the hold.
 */
public class WebSimulation extends Simulation {

    public static final String RAMP = "ramp";
    public static final String HOLD = "hold";
    public static final String TAIL = "tail";
    /** How long users may finish their session after the hold; their requests go to the {@code tail} group. */
    public static final Duration TAIL_LIMIT = Duration.ofSeconds(5);
    public static final String LOGIN = "POST login";
    public static final String MY_VIDEOS = "GET my videos";
    public static final String VIDEO_DETAIL = "GET video detail";
    public static final String UPLOAD_SMALL = "POST upload 4 MB";
    public static final String UPLOAD_BIG = "POST upload 50 MB";
    public static final String PUBLIC_VIDEOS = "GET public videos";
    public static final String PUBLIC_VIDEOS_CITY = "GET public videos by city, recent";
    public static final String RANKINGS = "GET rankings";
    public static final String RANKINGS_CITY = "GET rankings by city";

    private final WebParameters parameters = WebParameters.fromSystemProperties();
    private volatile long startNanos = System.nanoTime();

    public WebSimulation() {
        HttpProtocolBuilder protocol = http.baseUrl(parameters.baseUrl())
                .acceptHeader("application/json")
                .userAgentHeader("anb-capacity-test");

        ScenarioBuilder fans = scenario("fans").exec(
                timed(http(PUBLIC_VIDEOS).get("/api/public/videos")
                        .queryParam("page", session -> 1 + ThreadLocalRandom.current().nextInt(3))
                        .queryParam("limit", 20)),
                think(),
                timed(http(RANKINGS).get("/api/public/rankings").queryParam("limit", 20)),
                think(),
                timed(http(RANKINGS_CITY).get("/api/public/rankings")
                        .queryParam("city", session -> randomCity())
                        .queryParam("limit", 20)),
                think(),
                timed(http(PUBLIC_VIDEOS_CITY).get("/api/public/videos")
                        .queryParam("city", session -> randomCity())
                        .queryParam("sort", "recent")
                        .queryParam("limit", 20)),
                think());

        ScenarioBuilder players = scenario("players")
                .feed(csv(parameters.playersCsv().toAbsolutePath().toString()).circular())
                .exec(
                        timed(http(LOGIN).post("/api/auth/login")
                                .body(StringBody("{\"email\":\"#{email}\",\"password\":\"#{password}\"}")).asJson()
                                .check(jsonPath("$.access_token").saveAs("token"))))
                .exitHereIfFailed()
                .exec(think(),
                        timed(http(MY_VIDEOS).get("/api/videos").header("Authorization", "Bearer #{token}")),
                        timed(http(VIDEO_DETAIL).get("/api/videos/#{video_id}")
                                .header("Authorization", "Bearer #{token}")),
                        think())
                .randomSwitch().on(
                        percent(100 * (1 - parameters.bigUploadShare())).then(upload(UPLOAD_SMALL,
                                parameters.smallClip().toAbsolutePath().toString())),
                        percent(100 * parameters.bigUploadShare()).then(upload(UPLOAD_BIG,
                                parameters.bigClip().toAbsolutePath().toString())))
                .exitHereIfFailed()
                .exec(think(),
                        timed(http(VIDEO_DETAIL).get("/api/videos/#{new_video_id}")
                                .header("Authorization", "Bearer #{token}")),
                        think());

        List<PopulationBuilder> populations = new ArrayList<>();
        if (parameters.fans() > 0) {
            populations.add(fans.injectClosed(shape(parameters.fans())));
        }
        populations.add(players.injectClosed(shape(parameters.players())));
        setUp(populations)
                .protocols(protocol)
                // stops by itself: sessions still running this long after the hold are cut
                .maxDuration(parameters.ramp().plus(parameters.hold()).plus(TAIL_LIMIT));
    }

    @Override
    public void before() {
        startNanos = System.nanoTime();
    }

    private ClosedInjectionStep[] shape(int users) {
        if (parameters.ramp().isZero()) {
            return new ClosedInjectionStep[] {constantConcurrentUsers(users).during(parameters.hold())};
        }
        return new ClosedInjectionStep[] {
                rampConcurrentUsers(0).to(users).during(parameters.ramp()),
                constantConcurrentUsers(users).during(parameters.hold())};
    }

    private ChainBuilder upload(String name, String file) {
        return timed(http(name).post("/api/videos/upload")
                .header("Authorization", "Bearer #{token}")
                .bodyPart(RawFileBodyPart("video_file", file).contentType("video/mp4").fileName("jugada.mp4"))
                .bodyPart(StringBodyPart("title", "Jugada de prueba de carga"))
                .asMultipartForm()
                .check(status().is(201), jsonPath("$.video_id").saveAs("new_video_id")));
    }

    /** The request, inside the group of the phase it starts in. Only 2xx answers count as OK (Gatling's default). */
    private ChainBuilder timed(HttpRequestActionBuilder request) {
        return group(session -> phase()).on(exec(request));
    }

    private String phase() {
        long elapsed = System.nanoTime() - startNanos;
        if (elapsed < parameters.ramp().toNanos()) {
            return RAMP;
        }
        return elapsed < parameters.ramp().plus(parameters.hold()).toNanos() ? HOLD : TAIL;
    }

    private ChainBuilder think() {
        return pause(parameters.pauseMin(), parameters.pauseMax());
    }

    static String randomCity() {
        return SeedData.CITIES.get(ThreadLocalRandom.current().nextInt(SeedData.CITIES.size()));
    }
}
