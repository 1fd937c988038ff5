package co.anb.showcase.moderation;

import co.anb.showcase.ApiClient;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import tools.jackson.databind.JsonNode;

/** The moderation endpoints as the staff console calls them, and the public reads the tests watch. */
record StaffCalls(ApiClient api, String staff) {

    ApiClient.Response hide(UUID video, String reason) {
        return api.postJson("/api/staff/videos/" + video + "/hide", staff, Map.of("reason", reason));
    }

    ApiClient.Response unhide(UUID video) {
        return api.postJson("/api/staff/videos/" + video + "/unhide", staff, "");
    }

    ApiClient.Response suspend(UUID user, String reason) {
        return api.postJson("/api/staff/users/" + user + "/suspend", staff, Map.of("reason", reason));
    }

    ApiClient.Response reinstate(UUID user) {
        return api.postJson("/api/staff/users/" + user + "/reinstate", staff, "");
    }

    ApiClient.Response vote(UUID video, String token) {
        return api.postJson("/api/public/videos/" + video + "/vote", token, "");
    }

    /** The gallery of one city: video id → votes shown. */
    Map<String, Integer> gallery(String city) {
        JsonNode page = api.get("/api/public/videos?limit=100&city=" + encode(city), null).json();
        Map<String, Integer> votes = new LinkedHashMap<>();
        page.forEach(video -> votes.put(video.get("video_id").asString(), video.get("votes").asInt()));
        return votes;
    }

    /** The ranking of one city: player name → votes counted. */
    Map<String, Long> ranking(String city) {
        JsonNode page = api.get("/api/public/rankings?limit=100&city=" + encode(city), null).json();
        Map<String, Long> votes = new LinkedHashMap<>();
        page.forEach(row -> votes.put(row.get("username").asString(), row.get("votes").asLong()));
        return votes;
    }

    /** The audit log's entries about one target, newest first (other tests write to the same log meanwhile). */
    List<JsonNode> audit(String target) {
        JsonNode log = api.get("/api/staff/audit-log", staff).json();
        return StreamSupport.stream(log.spliterator(), false)
                .filter(entry -> entry.get("target").asString().equals(target))
                .toList();
    }

    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
