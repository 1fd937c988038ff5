package co.anb.showcase.load.system;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The system under test: the app with its embedded stack (PostgreSQL, ElasticMQ, s3proxy), as {@code ./dev.sh run}
 * starts it, but in its own JVM so its CPU and heap are measured apart from the load generator. It is started
 * under {@code timeout}, so it stops by itself even if this process dies, listens on 127.0.0.1 on a free port, and
 * exposes the actuator metrics endpoint the resource sampler reads.
 */
public final class LocalSystem implements AutoCloseable {

    public static final String LOOPBACK = "127.0.0.1";
    private static final Duration START_TIMEOUT = Duration.ofMinutes(3);

    private final Process launcher;
    private final int port;
    private final Path dataDir;
    private final StackEndpoints endpoints;
    private final Path log;

    private LocalSystem(Process launcher, int port, Path dataDir, StackEndpoints endpoints, Path log) {
        this.launcher = launcher;
        this.port = port;
        this.dataDir = dataDir;
        this.endpoints = endpoints;
        this.log = log;
    }

    /**
     * Starts the system and waits until it is ready (database and queue reachable).
     *
     * @param repo     the repository root (holds app/target)
     * @param workDir  where its data, log and stack properties go
     * @param role     {@code api}, {@code worker} or {@code all}
     * @param env      more environment variables (e.g. WORKER_CONCURRENCY)
     * @param lifetime hard upper bound on its life; it is killed after that
     * @param heap     its maximum heap, e.g. {@code 1536m}
     */
    public static LocalSystem start(Path repo, Path workDir, String role, Map<String, String> env, Duration lifetime,
                             String heap) throws IOException, InterruptedException {
        return start(repo, workDir, role, env, lifetime, heap, workDir.resolve("data"));
    }

    /** Like {@link #start(Path, Path, String, Map, Duration, String)}, with the data (database, store) in dataDir. */
    public static LocalSystem start(Path repo, Path workDir, String role, Map<String, String> env, Duration lifetime,
                             String heap, Path dataDir) throws IOException, InterruptedException {
        Path app = repo.resolve("app/target");
        Path classpathFile = app.resolve("local-system.classpath");
        if (!Files.exists(classpathFile) || !Files.isDirectory(app.resolve("test-classes"))) {
            throw new IllegalStateException("No build of app/ found (" + classpathFile
                    + "); build it first: ./mvnw -pl app -DskipTests package");
        }
        String classpath = app.resolve("test-classes") + ":" + app.resolve("classes") + ":"
                + Files.readString(classpathFile).trim();
        Files.createDirectories(workDir);
        Path stackFile = workDir.resolve("stack.properties");
        Path log = workDir.resolve("system.log");
        Files.deleteIfExists(stackFile);
        int port = freePort();

        List<String> command = new ArrayList<>(List.of(
                "timeout", "--signal=TERM", "--kill-after=30", lifetime.toSeconds() + "s",
                javaBinary(), "-Xmx" + heap, "-XX:+UseG1GC",
                "-Danb.local.data-dir=" + dataDir, "-Danb.local.properties-file=" + stackFile,
                "-Djava.io.tmpdir=" + Files.createDirectories(workDir.resolve("tmp")),
                "-cp", classpath, "co.anb.showcase.LocalShowcaseApplication",
                "--server.port=" + port,
                "--management.endpoints.web.exposure.include=health,info,metrics",
                "--server.tomcat.mbeanregistry.enabled=true",
                // Jobs staged by the worker scenario wait unsent for minutes with no outbox row: the local profile's
                // sweeper (2 min) would send them behind the producer's back.
                "--anb.worker.stale-after=12h",
                // Every simulated player connects from 127.0.0.1: per-IP throttles would count them as one client.
                "--anb.throttle.login-ip-limit=1000000", "--anb.throttle.signup-ip-limit=1000000"));
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("ANB_ROLE", role);
        builder.environment().putAll(env);
        Process process = builder.start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(process), "stop-local-system"));

        Instant deadline = Instant.now().plus(START_TIMEOUT);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        URI readiness = URI.create("http://" + LOOPBACK + ":" + port + "/actuator/health/readiness");
        while (true) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The system under test exited with " + process.exitValue()
                        + " during start; see " + log);
            }
            if (Instant.now().isAfter(deadline)) {
                stop(process);
                throw new IllegalStateException("The system under test was not ready within " + START_TIMEOUT
                        + "; see " + log);
            }
            if (Files.exists(stackFile) && ready(http, readiness)) {
                break;
            }
            Thread.sleep(500);
        }
        return new LocalSystem(process, port, dataDir, StackEndpoints.read(stackFile), log);
    }

    public String baseUrl() {
        return "http://" + LOOPBACK + ":" + port;
    }

    public StackEndpoints endpoints() {
        return endpoints;
    }

    public Path dataDir() {
        return dataDir;
    }

    public Path log() {
        return log;
    }

    /** The JVM of the system (the child of {@code timeout}). */
    public ProcessHandle jvm() {
        return launcher.toHandle().children().findFirst()
                .orElseThrow(() -> new IllegalStateException("the system under test is not running"));
    }

    @Override
    public void close() {
        stop(launcher);
    }

    /** TERM to the JVM (graceful shutdown, its stack closes PostgreSQL), then to the wrapper; kill if stuck. */
    private static void stop(Process process) {
        if (!process.isAlive()) {
            return;
        }
        process.toHandle().children().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.toHandle().descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static boolean ready(HttpClient http, URI readiness) {
        try {
            HttpResponse<Void> response = http.send(HttpRequest.newBuilder(readiness).timeout(Duration.ofSeconds(5))
                    .build(), HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(LOOPBACK))) {
            return socket.getLocalPort();
        }
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
