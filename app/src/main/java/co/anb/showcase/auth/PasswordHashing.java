package co.anb.showcase.auth;

import co.anb.showcase.shared.ApiException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Passwords are hashed with Argon2id, 19 MiB, 8 passes, 1 lane: OWASP's baseline (19 MiB, 2 passes) made four times
 * as costly, as bcrypt 12 is four times bcrypt's baseline of 10, and on this JVM about twice as fast to check as
 * the seed app's C bcrypt at 12 (docs/capacity.md, "Password hashing"; {@code ./bench/passwords.sh}). Hashes from
 * before (bcrypt, {@code $2a$…}) still verify and are replaced at the owner's next login ({@link #upgradeEncoding}).
 * Each hash holds 19 MiB, so at most two per core run at once on a node: a flood of logins waits its turn instead of
 * taking the heap (30 s of waiting is some 500 checks queued on a 2-core node), and one that waits longer is
 * answered 503 {@code service_busy}.
 */
class PasswordHashing implements PasswordEncoder {

    static final String BUSY = "El servidor está ocupado. Intenta de nuevo en unos segundos.";
    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;
    private static final int MEMORY_KIB = 19 * 1024;
    static final int PASSES = 8;
    private static final long MAX_WAIT_SECONDS = 30;

    private final Argon2PasswordEncoder argon2;
    private final BCryptPasswordEncoder legacyBcrypt = new BCryptPasswordEncoder();
    private final Semaphore slots = new Semaphore(2 * Runtime.getRuntime().availableProcessors(), true);

    PasswordHashing() {
        this(PASSES);
    }

    /** @param passes Argon2 passes: {@link #PASSES} in production; the tests' profile takes fewer to save time */
    PasswordHashing(int passes) {
        if (passes < 2) {
            throw new IllegalArgumentException("Argon2id needs at least 2 passes at 19 MiB (OWASP), got " + passes);
        }
        this.argon2 = new Argon2PasswordEncoder(SALT_BYTES, HASH_BYTES, 1, MEMORY_KIB, passes);
    }

    @Override
    public String encode(CharSequence rawPassword) {
        return bounded(() -> argon2.encode(wellFormed(rawPassword)));
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        if (encodedPassword == null) {
            return false;
        }
        PasswordEncoder encoder = isArgon2(encodedPassword) ? argon2 : legacyBcrypt;
        return bounded(() -> encoder.matches(wellFormed(rawPassword), encodedPassword));
    }

    /** A bcrypt hash, or an Argon2 one with other settings, is rehashed with these at the next login. */
    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return !isArgon2(encodedPassword) || argon2.upgradeEncoding(encodedPassword);
    }

    /**
     * A lone UTF-16 surrogate becomes '?', as Java's UTF-8 encoder (and so bcrypt) has always made it: Bouncy
     * Castle's Argon2 would throw on it, turning a hostile password into a 500.
     */
    private static String wellFormed(CharSequence rawPassword) {
        return new String(rawPassword.toString().getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
    }

    private static boolean isArgon2(String encodedPassword) {
        return encodedPassword != null && encodedPassword.startsWith("$argon2id$");
    }

    private <T> T bounded(Supplier<T> hashing) {
        try {
            if (!slots.tryAcquire(MAX_WAIT_SECONDS, TimeUnit.SECONDS)) {
                throw new ApiException(HttpStatus.SERVICE_UNAVAILABLE, "service_busy", BUSY);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiException(HttpStatus.SERVICE_UNAVAILABLE, "service_busy", BUSY);
        }
        try {
            return hashing.get();
        } finally {
            slots.release();
        }
    }
}
