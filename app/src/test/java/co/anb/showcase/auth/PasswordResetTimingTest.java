package co.anb.showcase.auth;

import static org.assertj.core.api.Assertions.assertThat;

import co.anb.showcase.ApiClient;
import co.anb.showcase.IntegrationTest;
import co.anb.showcase.fixtures.Fixtures;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Asking for a reset does not tell, by its timing, whether the address has an account. */
@IntegrationTest
class PasswordResetTimingTest {

    private static final String RESET = "/api/auth/password-reset";

    @LocalServerPort
    int port;

    /**
     * The work happens after the answer, so a registered and an unknown address take the same time. Medians of 12
     * each, alternating, after a warm-up; the bound is loose because the machine is shared, the figures are printed.
     */
    @Test
    void aRegisteredAndAnUnknownAddressAnswerInAboutTheSameTime() throws InterruptedException {
        ApiClient client = new ApiClient(port);
        List<String> known = IntStream.range(0, 12).mapToObj(i -> client.newPlayer("Cali").email())
                .toList();
        for (int i = 0; i < 3; i++) {
            timed(client, "calentar-" + UUID.randomUUID() + "@example.com");
        }
        List<Long> registered = new ArrayList<>();
        List<Long> unknown = new ArrayList<>();
        for (int i = 0; i < known.size(); i++) {
            registered.add(timed(client, known.get(i)));
            unknown.add(timed(client, "nadie-" + UUID.randomUUID() + "@example.com"));
        }
        System.out.println("password-reset 202 samples (ms): registered " + registered.stream().map(n -> n / 1_000_000)
                .toList() + ", unknown " + unknown.stream().map(n -> n / 1_000_000).toList());
        long registeredMedian = median(registered);
        long unknownMedian = median(unknown);
        System.out.printf("password-reset 202: registered median %.1f ms, unknown median %.1f ms%n",
                registeredMedian / 1e6, unknownMedian / 1e6);
        assertThat(Math.abs(registeredMedian - unknownMedian)).isLessThan(Duration.ofMillis(100).toNanos());
    }

    /**
     * From an address of its own each time, so both kinds of request start a new per-address budget; after a pause,
     * so the previous request's work after its answer (a registered address's token and mail) does not weigh on it.
     */
    private static long timed(ApiClient client, String email) throws InterruptedException {
        Thread.sleep(150);
        ApiClient from = client.fromAddress(Fixtures.uniqueAddress());
        long start = System.nanoTime();
        assertThat(from.postJson(RESET, null, Map.of("email", email)).status()).isEqualTo(202);
        return System.nanoTime() - start;
    }

    private static long median(List<Long> values) {
        return values.stream().sorted().skip(values.size() / 2).findFirst().orElseThrow();
    }

}
