package co.anb.showcase.videos;

import static org.assertj.core.api.Assertions.assertThat;

import co.anb.showcase.ApiClient;
import co.anb.showcase.IntegrationTest;
import co.anb.showcase.media.TestVideos;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** A player's whole story with one video, through the API, the real queue and the real store. */
@IntegrationTest
class VideoJourneyIntegrationTest {

    @LocalServerPort
    int port;

    @Test
    void signUpUploadFindTheJobListViewAndDelete() throws Exception {
        ApiClient api = new ApiClient(port);
        String email = "journey-" + UUID.randomUUID() + "@example.com";
        var signup = api.postJson("/api/auth/signup", null, Map.of("first_name", "Ana", "last_name", "Pérez",
                "email", email, "password1", "secreta123", "password2", "secreta123", "city", "Bogotá",
                "country", "Colombia"));
        assertThat(signup.status()).isEqualTo(201);
        String token = api.login(email, "secreta123").json().get("access_token").asString();
        Path video = TestVideos.landscape1080p21s();

        var upload = api.upload(token, video, "mi-video.mp4", "Crossover en la cancha");
        assertThat(upload.status()).isEqualTo(201);
        String videoId = upload.json().get("video_id").asString();
        String taskId = upload.json().get("task_id").asString();

        JsonNode job = JobQueue.take(UUID.fromString(videoId));
        assertThat(job.get("video_id").asString()).isEqualTo(videoId);
        assertThat(job.get("task_id").asString()).isEqualTo(taskId);
        assertThat(job.get("original_key").asString()).isEqualTo("uploads/" + videoId + ".mp4");
        Instant createdAt = Instant.parse(job.get("created_at").asString());

        JsonNode list = api.get("/api/videos", token).json();
        assertThat(list.size()).isEqualTo(1);
        assertThat(list.get(0).get("video_id").asString()).isEqualTo(videoId);
        assertThat(Instant.parse(list.get(0).get("uploaded_at").asString())).isEqualTo(createdAt);

        JsonNode detail = api.get("/api/videos/" + videoId, token).json();
        assertThat(detail.get("status").asString()).isEqualTo("uploaded");
        HttpResponse<byte[]> original = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(detail.get("original_url").asString())).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(original.statusCode()).isEqualTo(200);
        assertThat(original.body()).isEqualTo(Files.readAllBytes(video));

        var deleted = api.delete("/api/videos/" + videoId, token);
        assertThat(deleted.status()).isEqualTo(200);
        assertThat(StackClients.exists("uploads/" + videoId + ".mp4")).isFalse();
        assertThat(api.get("/api/videos/" + videoId, token).status()).isEqualTo(404);
        assertThat(api.get("/api/videos", token).json().size()).isZero();
    }
}
