package co.anb.showcase.videos;

import static org.assertj.core.api.Assertions.assertThat;

import co.anb.showcase.ApiClient;
import co.anb.showcase.IntegrationTest;
import co.anb.showcase.media.TestVideos;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Direct uploads over real HTTP, with the parts sent to the real store (s3proxy) by their presigned URLs. */
@IntegrationTest
class DirectUploadApiTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    ApiClient api;
    ApiClient.Session player;
    DirectUploadClient client;
    Leftovers baseline;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        player = api.newPlayer("Cali");
        client = new DirectUploadClient(api, player.token());
        baseline = Leftovers.now(jdbc);
    }

    @Test
    void completesAMultiPartUploadIntoAQueuedVideo() {
        Path file = TestVideos.padded(20_000_000);
        ApiClient.Response started = client.start("Por partes", file);
        assertThat(started.status()).isEqualTo(201);
        JsonNode body = started.json();
        assertThat(body.get("part_size").asLong()).isEqualTo(8L * 1024 * 1024);
        assertThat(body.get("parts")).hasSize(3);
        assertThat(body.get("expires_at").asString()).isNotBlank();
        String uploadId = body.get("upload_id").asString();
        Map<Integer, String> etags = client.sendParts(body.get("parts"), body.get("part_size").asLong(), file);

        ApiClient.Response completed = client.complete(uploadId, etags);

        assertThat(completed.status()).as(completed.body()).isEqualTo(201);
        assertThat(completed.json().get("message").asString())
                .isEqualTo("Video subido correctamente. Procesamiento en curso.");
        UUID videoId = UUID.fromString(completed.json().get("video_id").asString());
        var row = jdbc.sql("SELECT owner_id, title, status, original_key FROM videos WHERE id = :id")
                .param("id", videoId).query().singleRow();
        assertThat(row).containsEntry("owner_id", player.userId()).containsEntry("title", "Por partes")
                .containsEntry("status", "uploaded").containsEntry("original_key", "uploads/" + videoId + ".mp4");
        assertThat(StackClients.s3().headObject(head -> head.bucket("anb-videos").key("uploads/" + videoId + ".mp4"))
                .contentLength()).isEqualTo(20_000_000L);
        assertThat(JobQueue.take(videoId).get("video_id").asString()).isEqualTo(videoId.toString());
        assertThat(openRows()).isZero();
        assertThat(api.delete("/api/videos/" + videoId, player.token()).status()).isEqualTo(200);
    }

    @Test
    void aReloadedPageGetsTheStoredPartsAndFreshUrlsForTheRest() {
        Path file = TestVideos.padded(20_000_000);
        JsonNode started = client.start("Reanudado", file).json();
        String uploadId = started.get("upload_id").asString();
        long partSize = started.get("part_size").asLong();
        // the page is reloaded after the first part reached the store
        client.sendParts(List.of(started.get("parts").get(0)), partSize, file);

        ApiClient.Response status = api.get(DirectUploadClient.UPLOADS + "/" + uploadId, player.token());

        assertThat(status.status()).isEqualTo(200);
        JsonNode resumed = status.json();
        assertThat(resumed.get("uploaded_parts")).hasSize(1);
        assertThat(resumed.get("uploaded_parts").get(0).get("part_number").asInt()).isEqualTo(1);
        assertThat(resumed.get("parts")).extracting(part -> part.get("part_number").asInt()).containsExactly(2, 3);
        Map<Integer, String> etags = new TreeMap<>();
        etags.put(1, resumed.get("uploaded_parts").get(0).get("etag").asString());
        etags.putAll(client.sendParts(resumed.get("parts"), partSize, file));
        ApiClient.Response completed = client.complete(uploadId, etags);
        assertThat(completed.status()).as(completed.body()).isEqualTo(201);
        UUID videoId = UUID.fromString(completed.json().get("video_id").asString());
        JobQueue.take(videoId);
        api.delete("/api/videos/" + videoId, player.token());
    }

    @Test
    void refusesWhatTheClientDeclaresBeforeAnyWork() {
        int storeUploads = DirectUploadClient.openInStore().size();
        assertRefused(client.start("Grande", "grande.mp4", 100L * 1024 * 1024 + 1, "video/mp4"),
                400, "payload_too_large");
        assertRefused(client.start("Vacío", "vacio.mp4", 0, "video/mp4"), 400, "invalid_video");
        assertRefused(client.start("Película", "clip.mov", 1_000_000, "video/quicktime"), 400, "invalid_video");
        assertRefused(client.start("Disfrazado", "clip.mp4", 1_000_000, "text/plain"), 400, "invalid_video");
        assertRefused(client.start(" ", "clip.mp4", 1_000_000, "video/mp4"), 400, "invalid_title");
        assertThat(openRows()).isZero();
        assertThat(DirectUploadClient.openInStore()).hasSize(storeUploads);
    }

    @Test
    void aTooShortVideoIsRefusedAndLeavesNothing() {
        int storeUploads = DirectUploadClient.openInStore().size();
        ApiClient.Response response = client.upload("Corto", TestVideos.tooShort10s());

        assertRefused(response, 400, "invalid_video_duration");
        assertThat(response.detail()).startsWith("El video dura 10");
        baseline.assertNothingAddedSince(jdbc);
        assertThat(openRows()).isZero();
        assertThat(DirectUploadClient.openInStore()).hasSize(storeUploads);
    }

    @Test
    void aLowResolutionVideoIsRefusedAndLeavesNothing() {
        assertRefused(client.upload("720p", TestVideos.hd720p21s()), 400, "invalid_video_resolution");
        baseline.assertNothingAddedSince(jdbc);
        assertThat(openRows()).isZero();
    }

    @Test
    void aFileThatIsNotAnMp4IsRefusedAndLeavesNothing() {
        assertRefused(client.upload("Texto", TestVideos.textNamedMp4()), 400, "invalid_video");
        baseline.assertNothingAddedSince(jdbc);
        assertThat(openRows()).isZero();
    }

    @Test
    void anotherPlayersUploadIsNotFound() {
        String uploadId = client.start("Mío", TestVideos.landscape1080p21s()).json().get("upload_id").asString();
        String stranger = api.newPlayer("Cali").token();
        String path = DirectUploadClient.UPLOADS + "/" + uploadId;

        assertRefused(api.get(path, stranger), 404, "not_found");
        assertRefused(api.postJson(path + "/complete", stranger, Map.of("parts", List.of())), 404,
                "not_found");
        assertRefused(api.delete(path, stranger), 404, "not_found");
        assertRefused(api.get(DirectUploadClient.UPLOADS + "/no-es-un-id", player.token()), 404, "not_found");
        assertThat(api.get(path, player.token()).status()).isEqualTo(200);
        assertThat(api.delete(path, player.token()).status()).isEqualTo(204);
    }

    @Test
    void anAccountMayHaveTwoUploadsOpenAndAnAbortFreesOne() {
        Path file = TestVideos.landscape1080p21s();
        String first = client.start("Uno", file).json().get("upload_id").asString();
        String second = client.start("Dos", file).json().get("upload_id").asString();

        ApiClient.Response third = client.start("Tres", file);

        assertRefused(third, 429, "rate_limited");
        assertThat(third.header("Retry-After")).isNotBlank();
        assertThat(api.delete(DirectUploadClient.UPLOADS + "/" + first, player.token()).status()).isEqualTo(204);
        assertThat(api.get(DirectUploadClient.UPLOADS + "/" + first, player.token()).status()).isEqualTo(404);
        ApiClient.Response again = client.start("Tres", file);
        assertThat(again.status()).isEqualTo(201);
        api.delete(DirectUploadClient.UPLOADS + "/" + second, player.token());
        api.delete(DirectUploadClient.UPLOADS + "/" + again.json().get("upload_id").asString(), player.token());
        assertThat(openRows()).isZero();
    }

    private long openRows() {
        return jdbc.sql("SELECT count(*) FROM direct_uploads WHERE owner_id = :owner")
                .param("owner", player.userId()).query(Long.class).single();
    }

    private static void assertRefused(ApiClient.Response response, int status, String code) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.json().get("code").asString()).isEqualTo(code);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
    }
}
