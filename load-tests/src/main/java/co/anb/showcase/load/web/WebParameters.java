package co.anb.showcase.load.web;

import co.anb.showcase.load.system.LocalSystem;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a Gatling run of the web scenario needs, passed as system properties (Gatling instantiates the simulation
 * itself): the target, the load shape (ramp to {@code users} concurrent users, then hold) and the workload mix.
 *
 * @param playerShare    share of the users who are players (log in, list and open their videos, upload); the rest
 *                       are anonymous fans browsing public videos and rankings
 * @param bigUploadShare share of the uploads that are the 50 MB clip; the rest are the 4 MB one
 * @param pauseMin       think time between a user's actions, drawn between min and max
 */
record WebParameters(String baseUrl, int users, Duration ramp, Duration hold, Path playersCsv, Path smallClip,
                     Path bigClip, double playerShare, double bigUploadShare, Duration pauseMin, Duration pauseMax) {

    private static final String PREFIX = "anb.load.";

    WebParameters {
        if (!baseUrl.startsWith("http://" + LocalSystem.LOOPBACK + ":")) {
            throw new IllegalArgumentException("load runs target 127.0.0.1 only, not " + baseUrl);
        }
    }

    int players() {
        return users == 0 ? 0 : Math.max(1, (int) Math.round(users * playerShare));
    }

    int fans() {
        return Math.max(0, users - players());
    }

    Map<String, String> toProperties() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put(PREFIX + "baseUrl", baseUrl);
        p.put(PREFIX + "users", String.valueOf(users));
        p.put(PREFIX + "rampSeconds", String.valueOf(ramp.toSeconds()));
        p.put(PREFIX + "holdSeconds", String.valueOf(hold.toSeconds()));
        p.put(PREFIX + "playersCsv", playersCsv.toString());
        p.put(PREFIX + "smallClip", smallClip.toString());
        p.put(PREFIX + "bigClip", bigClip.toString());
        p.put(PREFIX + "playerShare", String.valueOf(playerShare));
        p.put(PREFIX + "bigUploadShare", String.valueOf(bigUploadShare));
        p.put(PREFIX + "pauseMinMillis", String.valueOf(pauseMin.toMillis()));
        p.put(PREFIX + "pauseMaxMillis", String.valueOf(pauseMax.toMillis()));
        return p;
    }

    static WebParameters fromSystemProperties() {
        return new WebParameters(
                System.getProperty(PREFIX + "baseUrl", "http://127.0.0.1:8080"),
                Integer.getInteger(PREFIX + "users", 5),
                Duration.ofSeconds(Long.getLong(PREFIX + "rampSeconds", 0L)),
                Duration.ofSeconds(Long.getLong(PREFIX + "holdSeconds", 60L)),
                Path.of(System.getProperty(PREFIX + "playersCsv", "target/capacity/seed/players.csv")),
                Path.of(System.getProperty(PREFIX + "smallClip", "target/upload-clips/upload-4mb.mp4")),
                Path.of(System.getProperty(PREFIX + "bigClip", "target/upload-clips/upload-50mb.mp4")),
                Double.parseDouble(System.getProperty(PREFIX + "playerShare", "0.3")),
                Double.parseDouble(System.getProperty(PREFIX + "bigUploadShare", "0.1")),
                Duration.ofMillis(Long.getLong(PREFIX + "pauseMinMillis", 1000L)),
                Duration.ofMillis(Long.getLong(PREFIX + "pauseMaxMillis", 3000L)));
    }
}
