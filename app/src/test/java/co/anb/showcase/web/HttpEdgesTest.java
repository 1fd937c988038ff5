package co.anb.showcase.web;

import static org.assertj.core.api.Assertions.assertThat;

import co.anb.showcase.ApiClient;
import co.anb.showcase.IntegrationTest;
import co.anb.showcase.media.TestVideos;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;

/** What real clients send at the edges of the contract: stale tokens, odd URLs, bodies nobody will read. */
@IntegrationTest
class HttpEdgesTest {

    @LocalServerPort
    int port;
    @Autowired
    JwtEncoder jwtEncoder;
    ApiClient api;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
    }

    @Test
    void staleTokenOnPublicReadsIsServedAsAnonymous() {
        String expired = expiredToken();

        var rankings = api.get("/api/public/rankings", expired);
        var videos = api.get("/api/public/videos", expired);

        assertThat(rankings.status()).isEqualTo(200);
        assertThat(videos.status()).isEqualTo(200);
        assertThat(videos.json().valueStream()).noneMatch(video -> video.has("voted_by_me"));
        assertThat(api.get("/api/public/videos", "Bearer-garbage !!").status()).isEqualTo(200);
    }

    @Test
    void staleTokenStillCannotVote() {
        var vote = api.postJson("/api/public/videos/00000000-0000-0000-0000-000000000000/vote", expiredToken(), "{}");

        assertThat(vote.status()).isEqualTo(401);
        assertThat(vote.detail()).isEqualTo(SecurityConfig.TOKEN_INVALID);
    }

    @Test
    void uploadRefusedBeforeItsBodyIsReadClosesTheConnection() {
        var response = api.upload(null, TestVideos.landscape1080p21s(), "clip.mp4", "Sin token");

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.header("Connection")).isEqualTo("close");
        assertThat(response.detail()).isEqualTo(SecurityConfig.TOKEN_REQUIRED);
    }

    @Test
    void uploadDeclaringMoreThanTheLimitIsRefusedBeforeItsBodyIsRead() throws IOException {
        var player = api.newPlayer("Cali");
        long declared = 500L * TestVideos.MIB;

        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/videos/upload HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + player.token()
                    + "\r\nContent-Type: multipart/form-data; boundary=x\r\nContent-Length: " + declared
                    + "\r\n\r\n--x\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            // the answer comes at once; the container may keep the socket open a while to drain, so read by length
            String response = readResponse(socket.getInputStream());

            assertThat(response).startsWith("HTTP/1.1 400").containsIgnoringCase("Connection: close")
                    .contains("application/problem+json")
                    .contains("El archivo supera el tamaño máximo permitido de 100 MB.");
        }
    }

    @Test
    void urlRejectedByTheFirewallIsAProblem() {
        var player = api.newPlayer("Cali");
        var response = api.postJson("/api/public/videos//vote", player.token(), "{}");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.detail()).isEqualTo(SecurityConfig.URL_REJECTED);
    }

    @Test
    void trailingSlashIsServedLikeThePathWithout() {
        var player = api.newPlayer("Cali");

        var withSlash = api.get("/api/videos/", player.token());

        assertThat(withSlash.status()).isEqualTo(200);
        assertThat(withSlash.json().isArray()).isTrue();
        assertThat(api.get("/api/videos/", null).status()).isEqualTo(401);
    }

    private static String readResponse(InputStream in) throws IOException {
        ByteArrayOutputStream received = new ByteArrayOutputStream();
        int headEnd = -1;
        int contentLength = 0;
        while (headEnd < 0 || received.size() < headEnd + contentLength) {
            int next = in.read();
            if (next < 0) {
                break;
            }
            received.write(next);
            String soFar = received.toString(StandardCharsets.ISO_8859_1);
            if (headEnd < 0 && soFar.endsWith("\r\n\r\n")) {
                headEnd = soFar.length();
                Matcher length = Pattern.compile("(?im)^Content-Length:\\s*(\\d+)").matcher(soFar);
                contentLength = length.find() ? Integer.parseInt(length.group(1)) : 0;
            }
        }
        return received.toString(StandardCharsets.UTF_8);
    }

    private String expiredToken() {
        Instant past = Instant.now().minus(Duration.ofHours(2));
        JwtClaimsSet claims = JwtClaimsSet.builder().subject("00000000-0000-0000-0000-000000000001")
                .issuedAt(past).expiresAt(past.plus(Duration.ofHours(1))).build();
        return jwtEncoder.encode(JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).build(), claims))
                .getTokenValue();
    }
}
