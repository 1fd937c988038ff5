package co.anb.showcase.auth;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.bouncycastle.crypto.generators.OpenBSDBCrypt;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Login's hashing cost, measured (not a test): {@code ./bench/passwords.sh [seconds-per-round]}. Each option hashes
 * as fast as it can on every core for a few seconds, round after round in alternating order (the machine's speed
 * drifts), and the table prints checks per second, the figure that bounds logins per second on one node. The C
 * bcrypt the seed app uses (Python's bcrypt module, Debian package python3-bcrypt) runs in the same rounds as the
 * reference when it is installed.
 */
public final class PasswordHashBenchmark {

    private static final String PASSWORD = "Jugador2026!";
    private static final int CORES = Runtime.getRuntime().availableProcessors();
    /** Debian's Python, where apt's python3-bcrypt lives (a pyenv python3 earlier on the PATH lacks it). */
    private static final String PYTHON = java.nio.file.Files.exists(java.nio.file.Path.of("/usr/bin/python3"))
            ? "/usr/bin/python3" : "python3";

    private PasswordHashBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        int rounds = 3;
        Map<String, Supplier<Double>> options = new LinkedHashMap<>();
        options.put("bcrypt 12, C (python3-bcrypt, the seed app's)", () -> cBcrypt(seconds));
        options.put("bcrypt 12, Spring BCryptPasswordEncoder", () -> rate(new BCryptPasswordEncoder(12), seconds));
        options.put("bcrypt 12, Bouncy Castle OpenBSDBCrypt", () -> rate(new BouncyCastleBcrypt(12), seconds));
        options.put("bcrypt 11, Spring BCryptPasswordEncoder", () -> rate(new BCryptPasswordEncoder(11), seconds));
        options.put("argon2id m=19 MiB t=2 p=1 (OWASP minimum)",
                () -> rate(new Argon2PasswordEncoder(16, 32, 1, 19 * 1024, 2), seconds));
        options.put("argon2id m=19 MiB t=8 p=1 (ours: PasswordHashing)", () -> rate(new PasswordHashing(), seconds));
        options.put("argon2id m=46 MiB t=1 p=1 (OWASP, same tier)",
                () -> rate(new Argon2PasswordEncoder(16, 32, 1, 46 * 1024, 1), seconds));
        System.out.printf("Machine: %d cores, Java %s (%s), %s; %d s per option per round, %d rounds, %d threads%n",
                CORES, System.getProperty("java.version"), System.getProperty("java.vm.name"), LocalDate.now(),
                seconds, rounds, CORES);
        Map<String, List<Double>> results = new LinkedHashMap<>();
        options.keySet().forEach(name -> results.put(name, new ArrayList<>()));
        for (int round = 0; round < rounds; round++) {
            List<String> order = new ArrayList<>(options.keySet());
            java.util.Collections.rotate(order, round);
            for (String name : order) {
                results.get(name).add(options.get(name).get());
            }
        }
        double reference = median(results.values().iterator().next());
        System.out.println("| option | checks/s per node (median of rounds) | rounds | vs C bcrypt 12 |");
        System.out.println("|---|---|---|---|");
        results.forEach((name, rates) -> System.out.printf(Locale.ROOT, "| %s | %.2f | %s | %s |%n", name,
                median(rates), rates.stream().map(r -> String.format(Locale.ROOT, "%.2f", r)).toList(),
                reference > 0 ? String.format(Locale.ROOT, "%.2f×", median(rates) / reference) : "n/a"));
    }

    /** Checks per second on all cores: each check is one {@code matches}, what a login costs. */
    private static double rate(PasswordEncoder encoder, int seconds) {
        String hash = encoder.encode(PASSWORD);
        encoder.matches(PASSWORD, hash); // warm-up before the clock starts
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        ExecutorService pool = Executors.newFixedThreadPool(CORES);
        try {
            List<Future<Integer>> counts = new ArrayList<>();
            for (int i = 0; i < CORES; i++) {
                counts.add(pool.submit(() -> {
                    int done = 0;
                    while (System.nanoTime() < deadline) {
                        if (!encoder.matches(PASSWORD, hash)) {
                            throw new IllegalStateException("hash does not verify");
                        }
                        done++;
                    }
                    return done;
                }));
            }
            int total = 0;
            for (Future<Integer> count : counts) {
                total += count.get();
            }
            return total / (double) seconds;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            pool.shutdownNow();
        }
    }

    /** The same loop in CPython with the C bcrypt module, one process per core; 0 when the module is missing. */
    private static double cBcrypt(int seconds) {
        String script = """
                import bcrypt, sys, time
                h = bcrypt.hashpw(sys.argv[1].encode(), bcrypt.gensalt(12))
                end = time.monotonic() + float(sys.argv[2]); n = 0
                while time.monotonic() < end:
                    assert bcrypt.checkpw(sys.argv[1].encode(), h); n += 1
                print(n)
                """;
        try {
            List<Process> processes = new ArrayList<>();
            for (int i = 0; i < CORES; i++) {
                processes.add(new ProcessBuilder(PYTHON, "-c", script, PASSWORD, String.valueOf(seconds))
                        .redirectError(ProcessBuilder.Redirect.DISCARD).start());
            }
            int total = 0;
            for (Process process : processes) {
                String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
                total += process.waitFor() == 0 && !out.isEmpty() ? Integer.parseInt(out) : 0;
            }
            return total / (double) seconds;
        } catch (IOException e) {
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    /** Bouncy Castle's bcrypt behind Spring's interface, to compare implementations at the same cost. */
    private record BouncyCastleBcrypt(int cost) implements PasswordEncoder {
        @Override
        public String encode(CharSequence raw) {
            byte[] salt = new byte[16];
            new SecureRandom().nextBytes(salt);
            return OpenBSDBCrypt.generate("2b", raw.toString().toCharArray(), salt, cost);
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            return OpenBSDBCrypt.checkPassword(encoded, raw.toString().toCharArray());
        }
    }
}
