package co.anb.showcase.load.web;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.csv;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.group;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The read endpoints on the seeded dataset at a fixed number of concurrent connections ({@code users}, 64 in
 * docs/capacity.md), without think time: each user logs in once (group {@code setup}), then loops over public
 * videos, rankings with and without a city and the detail of its own video on one kept-alive connection until the
 * hold time is over (each request in a group {@code hold} of its own).
 */
public class ReadsSimulation extends Simulation {

    static final String SETUP = "setup";

    public ReadsSimulation() {
        WebParameters parameters = WebParameters.fromSystemProperties();
        ScenarioBuilder readers = scenario("readers")
                .feed(csv(parameters.playersCsv().toAbsolutePath().toString()).circular())
                .group(SETUP).on(exec(http(WebSimulation.LOGIN).post("/api/auth/login")
                        .body(StringBody("{\"email\":\"#{email}\",\"password\":\"#{password}\"}")).asJson()
                        .check(jsonPath("$.access_token").saveAs("token"))))
                .exitHereIfFailed()
                .during(parameters.hold()).on(
                        held(http(WebSimulation.PUBLIC_VIDEOS).get("/api/public/videos")
                                .queryParam("page", session -> 1 + ThreadLocalRandom.current().nextInt(5))
                                .queryParam("limit", 20)),
                        held(http(WebSimulation.RANKINGS).get("/api/public/rankings")
                                .queryParam("page", session -> 1 + ThreadLocalRandom.current().nextInt(5))
                                .queryParam("limit", 20)),
                        held(http(WebSimulation.RANKINGS_CITY).get("/api/public/rankings")
                                .queryParam("city", session -> WebSimulation.randomCity())
                                .queryParam("limit", 20)),
                        held(http(WebSimulation.VIDEO_DETAIL).get("/api/videos/#{video_id}")
                                .header("Authorization", "Bearer #{token}")));
        setUp(readers.injectOpen(atOnceUsers(parameters.users())))
                .protocols(http.baseUrl(parameters.baseUrl()).acceptHeader("application/json")
                        .userAgentHeader("anb-capacity-test"))
                .maxDuration(parameters.hold().plus(Duration.ofSeconds(60)));
    }

    /** One request per group, so the group's figures are those of single requests. */
    private static ChainBuilder held(HttpRequestActionBuilder request) {
        return group(WebSimulation.HOLD).on(exec(request));
    }
}
