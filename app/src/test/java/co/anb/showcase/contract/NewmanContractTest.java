package co.anb.showcase.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.assertj.core.api.Assertions.fail;

import co.anb.showcase.ApiClient;
import co.anb.showcase.IntegrationTest;
import co.anb.showcase.storage.ObjectStore;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs the Postman collections in {@code collections/} with newman against the whole app (real PostgreSQL,
 * ElasticMQ, s3proxy, FFmpeg): our own collection, then each peer collection selected in
 * {@code collections/peers/peers.json}, filtered by {@code peers/prepare-peer.js}. Each run must exit 0, show no
 * failure in newman's summary, and leave a JUnit report with assertions and no failures. Reports:
 * {@code app/target/newman/<run>.xml} (JUnit) and {@code <run>.log} (newman's full output).
 *
 * <p>Needs Node.js and npm on the PATH (newman is pinned in {@code collections/package-lock.json} and installed with
 * {@code npm ci} when {@code node_modules} is missing or stale), and {@code ../shared} beside the repository for the
 * peer collections, as in CI.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NewmanContractTest {

    /** The whole class, npm ci and every newman run included, must finish within this. */
    private static final Duration BUDGET = Duration.ofMinutes(3);
    private static final Duration NPM_TIMEOUT = Duration.ofMinutes(3);
    private static final Duration RUN_TIMEOUT = Duration.ofSeconds(100);
    /** How long newman may take to exit once its run is over and its reports are written. */
    private static final Duration LINGER = Duration.ofSeconds(5);
    /** "|   assertions |   311 |   0 |": a row of newman's summary table, executed and failed. */
    private static final Pattern SUMMARY_ROW =
            Pattern.compile("(?m)^\\|\\s+[a-z-]+ \\|\\s+(\\d+) \\|\\s+(\\d+) \\|\\s*$");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ObjectStore store;
    private PublishedVideoSeeder seeder;

    private final Instant deadline = Instant.now().plus(BUDGET);
    private Path collections;
    private Path reports;
    private Path workDir;

    @BeforeAll
    void prepare() throws Exception {
        collections = findCollectionsDir();
        reports = Path.of("target", "newman").toAbsolutePath();
        workDir = reports.resolve("work");
        Files.createDirectories(workDir);
        requireNode();
        installNewman();
        ContractTestData.writeTo(workDir);
        seeder = new PublishedVideoSeeder(jdbc, store, workDir);
    }

    @Test
    @Order(1)
    void ourCollectionPasses() throws Exception {
        ApiClient api = new ApiClient(port);
        // A city of its own (accented, to exercise the case-insensitive filter): no other test's data shares it.
        String city = "Tuluá-" + UUID.randomUUID().toString().substring(0, 6);
        PublishedVideoSeeder.Seeded seed = seeder.seed(api, "Semilla", city);
        Map<String, String> vars = new LinkedHashMap<>();
        vars.put("base_url", apiUrl());
        vars.put("seed_email", seed.email());
        vars.put("seed_password", seed.password());
        vars.put("seed_video_id", seed.videoId().toString());
        vars.put("seed_city", seed.city());
        vars.put("seed_username", seed.username());
        runNewman("anb-api", collections.resolve("anb-api.postman_collection.json"),
                collections.resolve("postman_environment.json"), vars);
    }

    @ParameterizedTest(name = "peer collection {0}")
    @MethodSource("peerNames")
    @Order(2)
    void peerCollectionPasses(String name) throws Exception {
        JsonNode peer = peers().stream().filter(p -> p.get("name").asString().equals(name)).findFirst().orElseThrow();
        // Peer files are read from ../shared (relative to the repository), which CI places beside the clone.
        Path peerCollection = collections.getParent().resolve(peer.get("collection").asString()).normalize();
        assumeTrue(Files.exists(peerCollection),
                "peer collection " + peerCollection + " is not here: clone without ../shared beside it");
        Path filtered = reports.resolve("peers").resolve(name + ".postman_collection.json");
        Files.createDirectories(filtered.getParent());
        ProcessResult prepared = run(List.of("node", "peers/prepare-peer.js", name, filtered.toString()), collections,
                Duration.ofSeconds(30));
        System.out.println(prepared.output());
        assertThat(prepared.exitCode()).as("prepare-peer.js %s:%n%s", name, prepared.output()).isZero();

        JsonNode files = peer.get("files");
        if (files != null) {
            for (var file : files.properties()) {
                ContractTestData.alias(workDir, file.getKey(), file.getValue().asString());
            }
        }
        Map<String, String> vars = new LinkedHashMap<>();
        peer.get("urlVariables").properties().forEach(e ->
                vars.put(e.getKey(), switch (e.getValue().asString()) {
                    case "root" -> rootUrl();
                    case "api" -> apiUrl();
                    default -> throw new IllegalArgumentException("urlVariables values are 'root' or 'api': " + e);
                }));
        JsonNode seedVariables = peer.get("seedVariables");
        if (seedVariables != null && !seedVariables.isEmpty()) {
            PublishedVideoSeeder.Seeded seed = seeder.seed(new ApiClient(port), "Peer", "Barranquilla");
            seedVariables.properties().forEach(e -> vars.put(e.getKey(), seed.field(e.getValue().asString())));
        }
        runNewman(name, filtered, collections.resolve("peers").resolve(peer.get("environment").asString()), vars);
    }

    Stream<String> peerNames() throws IOException {
        if (collections == null) {
            collections = findCollectionsDir();
        }
        return peers().stream().map(p -> p.get("name").asString());
    }

    private List<JsonNode> peers() throws IOException {
        JsonNode config = JSON.readTree(Files.readString(collections.resolve("peers").resolve("peers.json")));
        List<JsonNode> list = new ArrayList<>();
        config.get("peers").forEach(list::add);
        return list;
    }

    private void runNewman(String name, Path collection, Path environment, Map<String, String> vars) throws Exception {
        Path effectiveEnvironment = withValues(environment, vars, reports.resolve(name + ".postman_environment.json"));
        assertUploadFilesExist(name, collection, effectiveEnvironment);
        Path junit = reports.resolve(name + ".xml");
        Files.deleteIfExists(junit);
        List<String> command = List.of(
                collections.resolve("node_modules/.bin/newman").toString(), "run", collection.toString(),
                "--environment", effectiveEnvironment.toString(),
                "--working-dir", workDir.toString(),
                "--timeout-request", "60000",
                "--timeout", String.valueOf(RUN_TIMEOUT.toMillis()),
                "--reporters", "cli,junit",
                "--reporter-junit-export", junit.toString(),
                "--color", "off",
                "--disable-unicode");
        Instant started = Instant.now();
        ProcessResult result = run(command, collections, RUN_TIMEOUT.plusSeconds(15), junit);
        Files.writeString(reports.resolve(name + ".log"), result.output());
        System.out.printf("%n===== newman: %s (%d s, %s; full log: %s) =====%n%s%n", name,
                Duration.between(started, Instant.now()).toSeconds(),
                result.lingered() ? "run ended, process lingered and was stopped" : "exit " + result.exitCode(),
                reports.resolve(name + ".log"), summaryOf(result.output()));
        if (result.lingered()) {
            // See collections/README.md, "Known issues": an early 401 to a large upload leaves the connection open.
            System.out.printf("newman %s finished its run but did not exit within %d s: a connection the server left"
                    + " open (early answer to an upload whose body it never read). Judged by its summary.%n",
                    name, LINGER.toSeconds());
        } else {
            assertThat(result.exitCode()).as("newman %s exit code (see %s)%n%s", name,
                    reports.resolve(name + ".log"), failuresOf(result.output())).isZero();
        }
        assertThat(failedInSummary(result.output())).as("newman %s summary, 'failed' column (see %s)%n%s", name,
                reports.resolve(name + ".log"), failuresOf(result.output())).containsOnly(0);
        JunitCounts counts = JunitCounts.read(junit);
        System.out.printf("newman %s: %d assertions, %d failed%n", name, counts.tests(), counts.failures());
        assertThat(counts.tests()).as("assertions executed by %s", name).isPositive();
        assertThat(counts.failures()).as("failed assertions in %s", name).isZero();
    }

    /**
     * The environment file with the run's values (base URLs, seeded ids) set, written as UTF-8 JSON rather than
     * passed as {@code --env-var} arguments, whose encoding depends on the JVM's locale.
     */
    private static Path withValues(Path environment, Map<String, String> vars, Path target) throws IOException {
        ObjectNode env = (ObjectNode) JSON.readTree(Files.readString(environment));
        ArrayNode values = (ArrayNode) env.get("values");
        Map<String, String> missing = new LinkedHashMap<>(vars);
        values.forEach(value -> {
            String key = value.get("key").asString();
            if (missing.containsKey(key)) {
                ((ObjectNode) value).put("value", missing.remove(key)).put("enabled", true);
            }
        });
        missing.forEach((key, value) -> values.addObject().put("key", key).put("value", value).put("enabled", true));
        Files.writeString(target, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(env), StandardCharsets.UTF_8);
        return target;
    }

    /**
     * newman sends a request without its file when a form-data {@code src} does not exist (it only logs a warning),
     * which would turn an upload test into a "missing file" test: every file a collection uploads must be there.
     */
    private void assertUploadFilesExist(String name, Path collection, Path environment) throws IOException {
        Map<String, String> values = new LinkedHashMap<>();
        JSON.readTree(Files.readString(environment)).get("values")
                .forEach(v -> values.put(v.get("key").asString(), v.get("value").asString()));
        List<String> missing = new ArrayList<>();
        for (JsonNode src : JSON.readTree(Files.readString(collection)).findValues("src")) {
            if (!src.isString() || src.asString().isBlank()) {
                continue;
            }
            String path = src.asString();
            for (var value : values.entrySet()) {
                path = path.replace("{{" + value.getKey() + "}}", value.getValue());
            }
            if (!Files.isRegularFile(workDir.resolve(path))) {
                missing.add(src.asString() + " -> " + workDir.resolve(path));
            }
        }
        assertThat(missing).as("files uploaded by %s, relative to newman's --working-dir", name).isEmpty();
    }

    private void requireNode() throws InterruptedException {
        for (String tool : List.of("node", "npm")) {
            try {
                ProcessResult version = run(List.of(tool, "--version"), collections, Duration.ofSeconds(30));
                if (version.exitCode() != 0) {
                    fail(tool + " --version failed: " + version.output());
                }
            } catch (IOException e) {
                fail("The Postman contract test needs Node.js (>= 18) and npm on the PATH to run newman, and '" + tool
                        + "' was not found. Install them (Debian: apt-get install -y nodejs npm) and run again.", e);
            }
        }
    }

    /** {@code npm ci} unless node_modules was installed from this very lock file. */
    private void installNewman() throws Exception {
        String lockHash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(Files.readAllBytes(collections.resolve("package-lock.json"))));
        Path marker = collections.resolve("node_modules/.anb-lock-sha256");
        boolean fresh = Files.isExecutable(collections.resolve("node_modules/.bin/newman"))
                && Files.exists(marker) && Files.readString(marker).trim().equals(lockHash);
        if (fresh) {
            return;
        }
        ProcessResult ci = run(List.of("npm", "ci", "--no-audit", "--no-fund"), collections, NPM_TIMEOUT);
        System.out.println(ci.output());
        assertThat(ci.exitCode()).as("npm ci in %s:%n%s", collections, ci.output()).isZero();
        Files.writeString(marker, lockHash + "\n");
    }

    private ProcessResult run(List<String> command, Path dir, Duration timeout) throws IOException,
            InterruptedException {
        return run(command, dir, timeout, null);
    }

    /**
     * Runs a child process with a hard time limit (never past the class's budget). When {@code finishedWhenExists}
     * appears (newman writes its JUnit report once the run is over) and the process still has not exited
     * {@link #LINGER} later, it is stopped and the result marked as lingered.
     */
    private ProcessResult run(List<String> command, Path dir, Duration timeout, Path finishedWhenExists)
            throws IOException, InterruptedException {
        Duration left = Duration.between(Instant.now(), deadline);
        if (left.isNegative()) {
            fail("The contract test's time budget of " + BUDGET + " is spent before: " + String.join(" ", command));
        }
        Instant limit = Instant.now().plus(timeout.compareTo(left) < 0 ? timeout : left);
        Path output = Files.createTempFile("newman-contract", ".log");
        try {
            Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                    .redirectOutput(output.toFile()).start();
            Instant finishedAt = null;
            while (!process.waitFor(200, TimeUnit.MILLISECONDS)) {
                Instant now = Instant.now();
                if (finishedAt == null && finishedWhenExists != null && Files.exists(finishedWhenExists)) {
                    finishedAt = now;
                }
                boolean lingered = finishedAt != null && now.isAfter(finishedAt.plus(LINGER));
                if (lingered || now.isAfter(limit)) {
                    process.descendants().forEach(ProcessHandle::destroyForcibly);
                    process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                    String text = Files.readString(output, StandardCharsets.UTF_8);
                    if (lingered) {
                        return new ProcessResult(-1, text, true);
                    }
                    fail("Timed out (limit " + timeout.toSeconds() + " s, class budget " + BUDGET.toSeconds()
                            + " s): " + String.join(" ", command) + "\n" + text);
                }
            }
            return new ProcessResult(process.exitValue(), Files.readString(output, StandardCharsets.UTF_8), false);
        } finally {
            Files.deleteIfExists(output);
        }
    }

    /** The "failed" column of newman's summary table (iterations, requests, scripts, assertions). */
    static List<Integer> failedInSummary(String output) {
        List<Integer> failed = new ArrayList<>();
        Matcher row = SUMMARY_ROW.matcher(output);
        while (row.find()) {
            failed.add(Integer.parseInt(row.group(2)));
        }
        if (failed.isEmpty()) {
            fail("no newman summary table in the output:\n" + output);
        }
        return failed;
    }

    /** The run summary table newman prints at the end (from its "executed | failed" header), and what follows. */
    private static String summaryOf(String output) {
        int header = output.lastIndexOf("executed |");
        int table = header < 0 ? -1 : output.lastIndexOf("\n", output.lastIndexOf("\n", header) - 1);
        return (table < 0 ? output : output.substring(table)).strip();
    }

    private static String failuresOf(String output) {
        int at = output.indexOf("#  failure");
        return at < 0 ? output.substring(Math.max(0, output.length() - 4000)) : output.substring(at);
    }

    private String rootUrl() {
        return "http://127.0.0.1:" + port;
    }

    private String apiUrl() {
        return rootUrl() + "/api";
    }

    private static Path findCollectionsDir() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve("collections/anb-api.postman_collection.json"))) {
                return dir.resolve("collections");
            }
        }
        throw new IllegalStateException("collections/anb-api.postman_collection.json not found above "
                + Path.of("").toAbsolutePath());
    }

    record ProcessResult(int exitCode, String output, boolean lingered) {
    }
}
