package co.anb.showcase.ui;

import static org.assertj.core.api.Assertions.assertThat;

import co.anb.showcase.IntegrationTest;
import co.anb.showcase.local.LocalStack;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** How the app serves the web interface: at {@code /}, every file from the app itself, revalidated by browsers. */
@IntegrationTest
class UiResourcesTest {

    private static final Path STATIC = Path.of("src", "main", "resources", "static");
    private static final Pattern IMPORT = Pattern.compile("(?:import|from)\\s+'([^']+)'");

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Test
    void servesTheInterfaceAtTheRoot() throws Exception {
        HttpResponse<String> page = get("/", null);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                .startsWith("text/html"));
        assertThat(page.body()).contains("<html lang=\"es\">", "<script type=\"module\" src=\"js/main.js\">");
    }

    @Test
    void theInterfaceRunsOnlyScriptsOfItsOwnOriginAndCannotBeFramed() throws Exception {
        // besides the app, the page may connect only to the store, to send upload parts
        String store = LocalStack.shared().property("anb.aws.s3-endpoint");
        assertThat(get("/", null).headers().firstValue("Content-Security-Policy")).hasValueSatisfying(policy ->
                assertThat(policy).contains("script-src 'self';", "connect-src 'self' " + store + ";",
                        "object-src 'none';", "frame-ancestors 'none'").doesNotContain("'unsafe-eval'"));
    }

    @Test
    void everyFileIsServedByTheAppWithItsTypeAndEveryImportExists() throws Exception {
        List<Path> files = staticFiles();
        assertThat(files).hasSizeGreaterThan(5);
        for (Path file : files) {
            String path = "/" + STATIC.relativize(file).toString().replace('\\', '/');
            HttpResponse<String> response = get(path, null);
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            // an SVG's namespace is a name, not an address the browser loads
            String text = Files.readString(file).replace("xmlns=\"http://www.w3.org/2000/svg\"", "");
            assertThat(text).as(path + " loads nothing from elsewhere (no CDN)").doesNotContain("http://", "https://");
            if (path.endsWith(".js")) {
                assertThat(response.headers().firstValue("Content-Type")).as(path).hasValue("text/javascript");
                Matcher imports = IMPORT.matcher(text);
                while (imports.find()) {
                    assertThat(file.resolveSibling(imports.group(1)).normalize()).as(path + " imports").isRegularFile();
                }
            }
        }
    }

    @Test
    void browsersRevalidateTheFilesWhileApiAnswersAreNeverStored() throws Exception {
        HttpResponse<String> first = get("/js/api.js", null);
        assertThat(first.headers().firstValue("Cache-Control")).hasValue("no-cache");
        String lastModified = first.headers().firstValue("Last-Modified").orElseThrow();

        HttpResponse<String> again = get("/js/api.js", lastModified);
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();

        assertThat(get("/api/health", null).headers().firstValue("Cache-Control")).hasValueSatisfying(value ->
                assertThat(value).contains("no-store"));
    }

    private HttpResponse<String> get(String path, String ifModifiedSince) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        if (ifModifiedSince != null) {
            request.header("If-Modified-Since", ifModifiedSince);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static List<Path> staticFiles() throws IOException {
        try (Stream<Path> files = Files.walk(STATIC)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        }
    }
}
