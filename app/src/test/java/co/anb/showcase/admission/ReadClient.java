package co.anb.showcase.admission;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Times one public read; a failure or time-out counts as the whole time-out, so it weighs in the percentiles. */
final class ReadClient {

    private final HttpClient http = HttpClient.newHttpClient();
    private final HttpRequest rankings;
    private final Duration timeout;

    ReadClient(int port, Duration timeout) {
        this.timeout = timeout;
        this.rankings = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/public/rankings"))
                .timeout(timeout).GET().build();
    }

    long rankingsMillis() throws InterruptedException {
        long start = System.nanoTime();
        try {
            HttpResponse<Void> response = http.send(rankings, HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() != 200) {
                return timeout.toMillis();
            }
        } catch (java.io.IOException e) {
            return timeout.toMillis();
        }
        return (System.nanoTime() - start) / 1_000_000;
    }
}
