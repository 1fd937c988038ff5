package co.anb.showcase.web;

import static co.anb.showcase.web.ProblemExpectations.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import co.anb.showcase.ApiClient;
import co.anb.showcase.IntegrationTest;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Requests broken below the level of a field, written on a raw socket because {@code java.net.http} will not send
 * them: bytes that are not UTF-8 or are NUL in the URL, oversize headers and queries, bodies past their limit or cut
 * short, broken multipart forms, unknown methods. Each must be a 4xx problem with a code (Tomcat's own refusals
 * included), never a 5xx or Tomcat's HTML page.
 */
@IntegrationTest
class MalformedRequestTest {

    static final String JSON = "Content-Type: application/json\r\n";
    static final String LOGIN = "/api/auth/login";
    static final String UPLOAD = "/api/videos/upload";

    static ApiClient.Session player;

    @LocalServerPort
    int port;
    RawHttp raw;

    @BeforeEach
    void setUp() {
        raw = new RawHttp(port);
        if (player == null) {
            player = new ApiClient(port).newPlayer("Cali");
        }
    }

    @TestFactory
    Stream<DynamicTest> urlsAndHeaders() {
        return Stream.of(
                refused("NUL in the path", r -> r.get("/api/videos/%00", auth())),
                refused("invalid UTF-8 escape in the path", r -> r.get("/api/videos/%FF", auth())),
                refused("raw 0xFF byte in the path", r -> r.send("GET", bytes("/api/videos/", 0xFF), auth(), null)),
                refused("raw NUL byte in the path", r -> r.send("GET", bytes("/api/videos/a", 0x00), auth(), null)),
                refused("encoded slash traversal", r -> r.get("/api/videos/..%2F..%2Fetc%2Fpasswd", auth())),
                refused("dot segments above the root", r -> r.get("/api/../../etc/passwd", "")),
                refused("truncated UTF-8 in the query", r -> r.get("/api/public/videos?city=%C3%28", "")),
                refused("0xFF in the query", r -> r.get("/api/public/rankings?city=%FF", "")),
                refused("NUL in the query", r -> r.get("/api/public/videos?city=%00", "")),
                refused("NUL as a page number", r -> r.get("/api/public/rankings?page=%00", "")),
                refused("bad percent escape", r -> r.get("/api/public/videos?city=%G1", "")),
                refused("10 KB query", r -> r.get("/api/public/videos?city=" + "a".repeat(10_240), "")),
                refused("too many query parameters", r -> r.get("/api/public/videos?" + "p=1&".repeat(200), "")),
                refused("64 KB Authorization header", r -> r.get("/api/videos",
                        "Authorization: Bearer " + "a".repeat(65_536) + "\r\n")),
                refused("100 headers of 100 bytes", r -> r.get("/api/health",
                        "X-Pad: %s\r\n".formatted("b".repeat(100)).repeat(100))),
                refused("header name that is not a token", r -> r.get("/api/health", "(request): x\r\n")),
                refused("NUL in a header value", r -> r.get("/api/health", "X-Evil: a\u0000b\r\n")),
                refused("TRACE", r -> r.send("TRACE", "/api/health".getBytes(StandardCharsets.US_ASCII), "", null)),
                refused("unknown method", r -> r.send("BREW", "/api/health".getBytes(StandardCharsets.US_ASCII), "",
                        null)),
                refused("no Host header", r -> r.exchange(
                        "GET /api/health HTTP/1.1\r\nConnection: close\r\n\r\n".getBytes(StandardCharsets.US_ASCII))));
    }

    @TestFactory
    Stream<DynamicTest> jsonBodies() {
        return Stream.of(
                refused("raw NUL byte in JSON", r -> post(r, LOGIN, JSON, bytes("{\"email\":\"a", 0x00, "\"}"))),
                refused("invalid UTF-8 in JSON", r -> post(r, LOGIN, JSON, bytes("{\"email\":\"", 0xC3, 0x28, "\"}"))),
                refused("overlong UTF-8 encoding of '/'", r -> post(r, LOGIN, JSON,
                        bytes("{\"email\":\"", 0xC0, 0xAF, "\"}"))),
                refused("20 KB body with its length", r -> post(r, LOGIN, JSON,
                        ("{\"email\":\"" + "a".repeat(20_000) + "\"}").getBytes(StandardCharsets.US_ASCII))),
                refused("1 MB declared, 2 bytes sent", r -> r.exchange(("POST " + LOGIN + " HTTP/1.1\r\nHost: x\r\n"
                        + JSON + "Content-Length: 1048576\r\n\r\n{}").getBytes(StandardCharsets.US_ASCII))),
                refused("20 KB chunked body", r -> r.exchange(chunked(LOGIN, "a".repeat(20_000)))),
                refused("nested 5000 deep", r -> post(r, LOGIN, JSON, "[".repeat(5000).getBytes())),
                refused("empty body", r -> post(r, LOGIN, JSON, new byte[0])),
                refused("array instead of object", r -> post(r, LOGIN, JSON, "[]".getBytes())),
                refused("trailing garbage", r -> post(r, LOGIN, JSON, "{} {\"x\":1} ]".getBytes())),
                refused("text/plain", r -> post(r, "/api/auth/signup", "Content-Type: text/plain\r\n",
                        "hola".getBytes())),
                refused("form-urlencoded", r -> post(r, "/api/auth/signup",
                        "Content-Type: application/x-www-form-urlencoded\r\n", "email=a%00".getBytes())),
                refused("unknown charset", r -> post(r, LOGIN, "Content-Type: application/json; charset=x-nada\r\n",
                        "{}".getBytes())),
                refused("no content type", r -> post(r, LOGIN, "", "{}".getBytes())));
    }

    @TestFactory
    Stream<DynamicTest> multipartBodies() {
        String form = "Content-Type: multipart/form-data; boundary=x\r\n" + auth();
        return Stream.of(
                refused("multipart without a boundary", r -> post(r, UPLOAD,
                        "Content-Type: multipart/form-data\r\n" + auth(), part("title", "hola").getBytes())),
                refused("multipart with an empty boundary", r -> post(r, UPLOAD,
                        "Content-Type: multipart/form-data; boundary=\r\n" + auth(), "----\r\n".getBytes())),
                refused("multipart cut before its closing boundary", r -> post(r, UPLOAD, form,
                        (part("title", "hola") + "--x\r\nContent-Disposition: form-data; name=\"video_file\"; "
                                + "filename=\"a.mp4\"\r\n\r\nabc").getBytes())),
                refused("60 parts", r -> post(r, UPLOAD, form, (part("f", "v").repeat(60) + "--x--\r\n").getBytes())),
                refused("2 KB part header", r -> post(r, UPLOAD, form, ("--x\r\nContent-Disposition: form-data; "
                        + "name=\"title\"; x=\"" + "a".repeat(2000) + "\"\r\n\r\nhola\r\n--x--\r\n").getBytes())),
                refused("20 000-character title", r -> post(r, UPLOAD, form,
                        (part("title", "t".repeat(20_000)) + "--x--\r\n").getBytes())),
                refused("JSON to the upload", r -> post(r, UPLOAD, JSON + auth(), "{\"title\":\"a\"}".getBytes())),
                refused("multipart to login", r -> post(r, LOGIN, "Content-Type: multipart/form-data; boundary=x\r\n",
                        (part("email", "a@b.co") + "--x--\r\n").getBytes())));
    }

    /** Runs when the test runs (the port is known then): a 4xx problem with a code, nothing else. */
    private DynamicTest refused(String name, Function<RawHttp, RawHttp.Response> request) {
        return DynamicTest.dynamicTest(name, () -> {
            RawHttp.Response response = request.apply(raw);
            assertThat(response.status()).as("%s → %s", name, response.head()).isBetween(400, 499);
            assertProblem(response.status(), response.header("Content-Type"), response.body());
        });
    }

    private static String auth() {
        return "Authorization: Bearer " + player.token() + "\r\n";
    }

    private static RawHttp.Response post(RawHttp raw, String path, String headers, byte[] body) {
        return raw.send("POST", path.getBytes(StandardCharsets.US_ASCII), headers, body);
    }

    private static String part(String name, String value) {
        return "--x\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n";
    }

    private static byte[] chunked(String path, String payload) {
        return ("POST " + path + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n" + JSON
                + "Transfer-Encoding: chunked\r\n\r\n" + Integer.toHexString(payload.length()) + "\r\n" + payload
                + "\r\n0\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
    }

    /** Text and single bytes, in order: strings as UTF-8, integers as the byte they name. */
    private static byte[] bytes(Object... pieces) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Object piece : pieces) {
            if (piece instanceof Integer b) {
                out.write(b);
            } else {
                out.writeBytes(piece.toString().getBytes(StandardCharsets.UTF_8));
            }
        }
        return out.toByteArray();
    }
}
