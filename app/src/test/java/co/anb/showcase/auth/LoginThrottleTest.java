package co.anb.showcase.auth;

import static org.assertj.core.api.Assertions.assertThat;

import co.anb.showcase.ShowcaseApplication;
import co.anb.showcase.local.LocalStackInitializer;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * The login and signup throttles under concurrency and across nodes, against the real database. Client addresses
 * come from {@code X-Forwarded-For} (loopback is a trusted proxy), from the TEST-NET ranges.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "anb.throttle.login-ip-limit=20", "anb.throttle.signup-ip-limit=3"})
@ActiveProfiles({"local", "test"})
@ContextConfiguration(initializers = LocalStackInitializer.class)
// Its tight per-client limits make a context no other class uses: closed after this class, not kept to the run's end.
@DirtiesContext
class LoginThrottleTest {

    /** Each account is signed up from an address of its own, so the signup limit never bites there. */
    private static final AtomicInteger SIGNUP_CLIENTS = new AtomicInteger();
    private static final int ACCOUNT_LIMIT = 5;
    private static final String PASSWORD = "secreta123";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Throttles throttles;

    @Test
    void hundredParallelWrongPasswordsGetExactlyTheLimitEvaluated() throws Exception {
        String email = newAccount();

        Map<Integer, Long> statuses = inParallel(100, i -> login(port, "203.0.113." + i, email, "incorrecta" + i));

        assertThat(statuses).containsOnlyKeys(401, 429).containsEntry(401, (long) ACCOUNT_LIMIT);
        var locked = ThrottledClient.login(port, "198.51.100.1", email, PASSWORD);
        assertThat(locked.statusCode()).isEqualTo(429);
        assertThat(Long.parseLong(locked.headers().firstValue("Retry-After").orElseThrow())).isBetween(1L, 900L);
        assertThat(locked.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(locked.body()).contains("Demasiados intentos fallidos.");
    }

    @Test
    void anotherSpellingOfTheEmailIsRefusedWhileLocked() {
        String email = "lina-" + UUID.randomUUID() + "@example.com";
        assertThat(ThrottledClient.signup(port, "198.51.100.2", email).statusCode()).isEqualTo(201);
        for (int i = 0; i < ACCOUNT_LIMIT; i++) {
            assertThat(login(port, "198.51.100.2", email, "incorrecta" + i)).isEqualTo(401);
        }

        assertThat(login(port, "198.51.100.3", email.toUpperCase(), PASSWORD)).isEqualTo(429);
        assertThat(login(port, "198.51.100.3", " \u00a0" + email + " ", PASSWORD)).isEqualTo(429);
        // "İ" (U+0130): PostgreSQL's lower() made it "i" and found the account, Java's made it another key
        assertThat(login(port, "198.51.100.3", email.replace("lina", "lİna"), PASSWORD)).isNotEqualTo(200);
        assertThat(login(port, "198.51.100.3", email.replace("lina", "LİNA"), PASSWORD)).isNotEqualTo(200);
    }

    @Test
    void twoApplicationContextsShareOneBudget() throws Exception {
        String email = newAccount();
        try (ConfigurableApplicationContext second = secondNode()) {
            int secondPort = ((WebServerApplicationContext) second).getWebServer().getPort();

            Map<Integer, Long> statuses = inParallel(40, i ->
                    login(i % 2 == 0 ? port : secondPort, "203.0.113." + (100 + i), email, "incorrecta" + i));

            assertThat(statuses).containsEntry(401, (long) ACCOUNT_LIMIT).containsEntry(429, 40L - ACCOUNT_LIMIT);
            assertThat(login(secondPort, "198.51.100.4", email, PASSWORD)).isEqualTo(429);
        }
    }

    @Test
    void oneClientIsLimitedAcrossManyAccounts() {
        String attacker = "198.51.100.10";
        List<Integer> statuses = IntStream.range(0, 21)
                .mapToObj(i -> login(port, attacker, "nadie-" + UUID.randomUUID() + "@example.com", "incorrecta1"))
                .toList();

        assertThat(statuses.subList(0, 20)).containsOnly(401);
        var refused = ThrottledClient.login(port, attacker, "otra-" + UUID.randomUUID() + "@example.com", PASSWORD);
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.body()).contains("desde tu conexión");
        assertThat(login(port, "198.51.100.11", "nadie-" + UUID.randomUUID() + "@example.com", "x1234567"))
                .isEqualTo(401);
    }

    @Test
    void successfulLoginsGiveTheirAttemptBack() {
        String email = newAccount();
        String client = "198.51.100.20";
        for (int i = 0; i < 30; i++) {
            assertThat(login(port, client, email, PASSWORD)).isEqualTo(200);
        }
    }

    @Test
    void signupsAreLimitedPerClient() {
        String client = "198.51.100.30";
        for (int i = 0; i < 3; i++) {
            assertThat(ThrottledClient.signup(port, client, uniqueEmail()).statusCode()).isEqualTo(201);
        }
        String refusedEmail = uniqueEmail();
        var refused = ThrottledClient.signup(port, client, refusedEmail);

        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Retry-After")).isPresent();
        assertThat(jdbc.sql("SELECT count(*) FROM users WHERE email = ?").param(refusedEmail).query(Long.class)
                .single()).isZero();
        assertThat(ThrottledClient.signup(port, "198.51.100.31", uniqueEmail()).statusCode()).isEqualTo(201);
    }

    @Test
    void bucketsThatAreFullAgainAreDeleted() {
        jdbc.sql("INSERT INTO throttle_buckets (id, state, expires_at) VALUES ('test:expired', '\\x00', 1)").update();
        jdbc.sql("INSERT INTO throttle_buckets (id, state, expires_at) VALUES ('test:live', '\\x00', ?)")
                .param(System.currentTimeMillis() + 600_000).update();

        throttles.removeExpired();

        assertThat(jdbc.sql("SELECT id FROM throttle_buckets WHERE id LIKE 'test:%'").query(String.class).list())
                .containsExactly("test:live");
        jdbc.sql("DELETE FROM throttle_buckets WHERE id = 'test:live'").update();
    }

    private String newAccount() {
        String email = uniqueEmail();
        assertThat(ThrottledClient.signup(port, "192.0.2." + SIGNUP_CLIENTS.incrementAndGet(), email).statusCode())
                .isEqualTo(201);
        return email;
    }

    private static int login(int port, String clientIp, String email, String password) {
        return ThrottledClient.login(port, clientIp, email, password).statusCode();
    }

    private static Map<Integer, Long> inParallel(int count, IntFunction<Integer> attempt) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(count);
        try {
            List<Future<Integer>> results = IntStream.range(0, count)
                    .mapToObj(i -> pool.submit(() -> attempt.apply(i))).toList();
            return results.stream().map(LoginThrottleTest::get)
                    .collect(Collectors.groupingBy(status -> status, Collectors.counting()));
        } finally {
            pool.shutdownNow();
        }
    }

    private static int get(Future<Integer> result) {
        try {
            return result.get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The same app again on the same database, as a second api instance would be. */
    private static ConfigurableApplicationContext secondNode() {
        return new SpringApplicationBuilder(ShowcaseApplication.class)
                .profiles("local", "test")
                .initializers(new LocalStackInitializer())
                .properties("server.port=0", "anb.throttle.login-ip-limit=20", "anb.throttle.signup-ip-limit=3")
                .run();
    }

    private static String uniqueEmail() {
        return "user-" + UUID.randomUUID() + "@example.com";
    }
}
