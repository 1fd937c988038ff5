package co.anb.showcase.videos;

import static org.assertj.core.api.Assertions.assertThat;

import co.anb.showcase.ApiClient;
import co.anb.showcase.IntegrationTest;
import co.anb.showcase.media.CraftedMp4;
import co.anb.showcase.media.TestVideos;
import com.nimbusds.jose.jwk.source.ImmutableSecret;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import tools.jackson.databind.JsonNode;

/** Endpoint 3 over real HTTP: every status of the contract, and every bad input leaves nothing behind. */
@IntegrationTest
class VideoUploadApiTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    JwtEncoder appTokens;
    @TempDir
    Path work;

    ApiClient api;
    ApiClient.Session player;
    Leftovers baseline;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        player = api.newPlayer("Medellín");
        baseline = Leftovers.now(jdbc);
    }

    @Test
    void acceptsLandscape1080pAndEnqueuesItsJob() {
        var response = api.upload(player.token(), TestVideos.landscape1080p21s(), "clavada.mp4", "Mi mejor clavada");

        assertThat(response.status()).isEqualTo(201);
        JsonNode body = response.json();
        assertThat(body.get("message").asString()).isEqualTo("Video subido correctamente. Procesamiento en curso.");
        UUID videoId = UUID.fromString(body.get("video_id").asString());
        UUID taskId = UUID.fromString(body.get("task_id").asString());
        var row = jdbc.sql("SELECT owner_id, task_id, title, status, original_key FROM videos WHERE id = :id")
                .param("id", videoId).query().singleRow();
        assertThat(row).containsEntry("owner_id", player.userId()).containsEntry("task_id", taskId)
                .containsEntry("title", "Mi mejor clavada").containsEntry("status", "uploaded")
                .containsEntry("original_key", "uploads/" + videoId + ".mp4");
        assertThat(StackClients.exists("uploads/" + videoId + ".mp4")).isTrue();
        assertThat(JobQueue.take(videoId).get("task_id").asString()).isEqualTo(taskId.toString());
        deleteVideo(videoId);
    }

    @Test
    void acceptsPortrait1080x1920() {
        var response = api.upload(player.token(), TestVideos.portrait1080x1920s22s(), "vertical.mp4", "Vertical");

        assertThat(response.status()).isEqualTo(201);
        cleanUp(response);
    }

    @Test
    void acceptsAPhoneVideoStoredRotated() {
        var response = api.upload(player.token(), TestVideos.rotatedPhone1080p21sWithAudio(), "IMG_0001.MP4",
                "Grabado con el celular");

        assertThat(response.status()).isEqualTo(201);
        cleanUp(response);
    }

    @Test
    void storesTitlesVerbatimAndKeysFromTheServer() {
        String sql = "'; DROP TABLE videos; --";
        String traversal = "../../etc/passwd";
        String spanish = "Triple de último segundo — ¡Ñandú! 🏀";
        String longest = "a".repeat(199) + "ñ";
        for (String title : new String[] {sql, traversal, spanish, longest}) {
            var response = api.upload(player.token(), TestVideos.landscape1080p21s(), traversal, "  " + title + "\t");

            assertThat(response.status()).as(title).isEqualTo(201);
            UUID videoId = UUID.fromString(response.json().get("video_id").asString());
            var row = jdbc.sql("SELECT title, original_key FROM videos WHERE id = :id").param("id", videoId)
                    .query().singleRow();
            assertThat(row.get("title")).isEqualTo(title);
            assertThat(row.get("original_key")).isEqualTo("uploads/" + videoId + ".mp4");
            cleanUp(response);
        }
        // and the table is still there
        assertThat(jdbc.sql("SELECT count(*) FROM videos").query(Long.class).single()).isNotNegative();
    }

    @Test
    void rejectsMissingFile() {
        assertRejected(api.upload(player.token(), null, null, "Sin archivo"), 400, UploadValidator.FILE_REQUIRED);
    }

    @Test
    void rejectsMissingTitle() {
        assertRejected(api.upload(player.token(), TestVideos.landscape1080p21s(), "a.mp4", null), 400,
                UploadValidator.TITLE_REQUIRED);
    }

    @Test
    void rejectsBlankTitle() {
        assertRejected(api.upload(player.token(), TestVideos.landscape1080p21s(), "a.mp4", "   "), 400,
                UploadValidator.TITLE_REQUIRED);
    }

    @Test
    void rejectsTitleOf201Characters() {
        assertRejected(api.upload(player.token(), TestVideos.landscape1080p21s(), "a.mp4", "x".repeat(201)), 400,
                "El título debe tener entre 1 y 200 caracteres; tiene 201.");
    }

    @Test
    void rejectsTextFileNamedMp4() {
        assertRejected(upload(TestVideos.textNamedMp4()), 400, UploadValidator.NOT_MP4);
    }

    @Test
    void rejectsQuickTimeMovie() {
        assertRejected(upload(TestVideos.quickTime1080p21s()), 400, UploadValidator.QUICKTIME);
    }

    @Test
    void rejectsEmptyFile() {
        assertRejected(upload(TestVideos.empty()), 400, UploadValidator.FILE_EMPTY);
    }

    @Test
    void rejectsTruncatedMp4() {
        assertRejected(upload(TestVideos.truncated()), 400, UploadValidator.INCOMPLETE);
    }

    @Test
    void rejectsMp4WithAGarbledIndex() {
        assertRejected(upload(TestVideos.corruptMoov()), 400, UploadValidator.BROKEN_INDEX);
    }

    @Test
    void rejectsAFewKilobytesWhoseIndexDeclaresMillionsOfSamples() {
        Path crafted = CraftedMp4.millionsOfSamples(work.resolve("millions.mp4"), 10_000_000);

        assertRejected(upload(crafted), 400, UploadValidator.BROKEN_INDEX);
    }

    @Test
    void rejectsAHeaderWithoutMedia() {
        Path headerOnly = CraftedMp4.headerOnly(TestVideos.landscape1080p21s(), work.resolve("header-only.mp4"));

        assertRejected(upload(headerOnly), 400, UploadValidator.NO_MEDIA);
    }

    @Test
    void rejectsAVideoTrackWithoutSamples() {
        assertRejected(upload(CraftedMp4.emptyTrack(work.resolve("empty-track.mp4"))), 400, UploadValidator.NO_MEDIA);
    }

    @Test
    void rejects101MiBWithTheSizeMessage() {
        assertRejected(upload(TestVideos.padded(101 * TestVideos.MIB)), 400,
                "El archivo supera el tamaño máximo permitido de 100 MB.");
    }

    @Test
    void rejects10SecondClip() {
        assertRejected(upload(TestVideos.tooShort10s()), 400,
                "El video dura 10,0 s; la duración debe estar entre 20 y 60 segundos.");
    }

    @Test
    void rejects90SecondClip() {
        assertRejected(upload(TestVideos.tooLong90s()), 400,
                "El video dura 90,0 s; la duración debe estar entre 20 y 60 segundos.");
    }

    @Test
    void rejects720p() {
        assertRejected(upload(TestVideos.hd720p21s()), 400,
                "La resolución del video es 1280×720; se requiere mínimo 1080p (lado corto ≥ 1080 px).");
    }

    @Test
    void rejectsRequestWithoutToken() {
        assertRejected(api.upload(null, TestVideos.landscape1080p21s(), "a.mp4", "Sin token"), 401,
                "Se requiere autenticación");
    }

    @Test
    void rejectsTokenSignedWithAnotherKey() {
        byte[] otherKey = new byte[32];
        new SecureRandom().nextBytes(otherKey);
        var forger = new NimbusJwtEncoder(new ImmutableSecret<>(new SecretKeySpec(otherKey, "HmacSHA256")));
        String forged = forger.encode(JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).build(),
                claims(Instant.now().plusSeconds(3600)))).getTokenValue();

        assertRejected(api.upload(forged, TestVideos.landscape1080p21s(), "a.mp4", "Falso"), 401,
                "El token de acceso no es válido o ha expirado.");
    }

    @Test
    void rejectsExpiredToken() {
        String expired = appTokens.encode(JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).build(),
                claims(Instant.now().minusSeconds(3600)))).getTokenValue();

        assertRejected(api.upload(expired, TestVideos.landscape1080p21s(), "a.mp4", "Vencido"), 401,
                "El token de acceso no es válido o ha expirado.");
    }

    @Test
    void rejectsUnsignedAlgNoneToken() {
        Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
        String header = base64.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        String payload = base64.encodeToString(("{\"sub\":\"" + player.userId() + "\",\"exp\":"
                + Instant.now().plusSeconds(3600).getEpochSecond() + "}").getBytes(StandardCharsets.UTF_8));

        assertRejected(api.upload(header + "." + payload + ".", TestVideos.landscape1080p21s(), "a.mp4", "None"),
                401, "El token de acceso no es válido o ha expirado.");
    }

    private ApiClient.Response upload(Path file) {
        return api.upload(player.token(), file, "video.mp4", "Título válido");
    }

    private JwtClaimsSet claims(Instant expiresAt) {
        return JwtClaimsSet.builder().subject(player.userId().toString())
                .issuedAt(expiresAt.minusSeconds(3600)).expiresAt(expiresAt).build();
    }

    /** The request already happened; the stack must look as it did before it (the snapshot of setUp). */
    private void assertRejected(ApiClient.Response response, int status, String detail) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.detail()).contains(detail);
        assertThat(jdbc.sql("SELECT count(*) FROM videos WHERE owner_id = :owner").param("owner", player.userId())
                .query(Long.class).single()).isZero();
        baseline.assertNothingAddedSince(jdbc);
    }

    private void cleanUp(ApiClient.Response created) {
        UUID videoId = UUID.fromString(created.json().get("video_id").asString());
        JobQueue.take(videoId);
        deleteVideo(videoId);
    }

    private void deleteVideo(UUID videoId) {
        assertThat(api.delete("/api/videos/" + videoId, player.token()).status()).isEqualTo(200);
    }
}
