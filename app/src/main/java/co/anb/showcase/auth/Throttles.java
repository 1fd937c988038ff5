package co.anb.showcase.auth;

import co.anb.showcase.shared.TooManyRequestsException;
import co.anb.showcase.system.ApiRoleOnly;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.BucketProxy;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The login, signup and password reset throttles. Every attempt takes its tokens before any password is hashed or
 * compared, in one locked read-and-write of its bucket row, so with any number of nodes and parallel requests no
 * more attempts are evaluated than the budget allows. A refused attempt leaves every budget as it found it.
 * <p>
 * Buckets are keyed by a SHA-256 of the counted value: a row's size, and nothing else kept in memory, depends on it.
 */
@Component
@ApiRoleOnly
class Throttles {

    static final String FAILED_LOGINS = "Demasiados intentos fallidos. Intenta de nuevo en %d minutos.";
    static final String LOGINS_FROM_ADDRESS =
            "Demasiados intentos de inicio de sesión desde tu conexión. Intenta de nuevo en %d minutos.";
    static final String SIGNUPS_FROM_ADDRESS =
            "Demasiados registros desde tu conexión. Intenta de nuevo en %d minutos.";
    static final String RESETS_FOR_EMAIL =
            "Ya pediste varios correos para restablecer la contraseña. Intenta de nuevo en %d minutos.";
    static final String RESETS_FROM_ADDRESS =
            "Demasiadas solicitudes de restablecimiento desde tu conexión. Intenta de nuevo en %d minutos.";

    private static final Logger log = LoggerFactory.getLogger(Throttles.class);
    private static final int CLEANUP_BATCH = 1_000;

    private final PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;
    private final BucketConfiguration loginAccount;
    private final BucketConfiguration loginIp;
    private final BucketConfiguration signupIp;
    private final BucketConfiguration resetEmail;
    private final BucketConfiguration resetIp;

    Throttles(PostgreSQLSelectForUpdateBasedProxyManager<String> buckets, ThrottleProperties properties) {
        this.buckets = buckets;
        this.loginAccount = budget(properties.loginAccountLimit(), properties.loginAccountWindow());
        this.loginIp = budget(properties.loginIpLimit(), properties.loginIpWindow());
        this.signupIp = budget(properties.signupIpLimit(), properties.signupIpWindow());
        this.resetEmail = budget(properties.passwordResetEmailLimit(), properties.passwordResetEmailWindow());
        this.resetIp = budget(properties.passwordResetIpLimit(), properties.passwordResetIpWindow());
    }

    /**
     * Takes one login attempt from the client's budget and one from the e-mail's.
     *
     * @throws TooManyRequestsException when either is spent; then neither is touched
     */
    void startLogin(String emailKey, String clientIp) {
        BucketProxy ip = loginIpBucket(clientIp);
        take(ip, LOGINS_FROM_ADDRESS);
        try {
            take(loginAccountBucket(emailKey), FAILED_LOGINS);
        } catch (TooManyRequestsException e) {
            ip.addTokens(1);
            throw e;
        }
    }

    /** The password was right: the e-mail's failures are forgotten and the client's attempt given back. */
    void loginSucceeded(String emailKey, String clientIp) {
        buckets.removeProxy(key("login-email", emailKey));
        loginIpBucket(clientIp).addTokens(1);
    }

    /** @throws TooManyRequestsException when the client has used its signups for now */
    void startSignup(String clientIp) {
        BucketProxy bucket = buckets.getProxy(key("signup-ip", clientIp), () -> signupIp);
        take(bucket, SIGNUPS_FROM_ADDRESS);
    }

    /**
     * Takes one password reset request from the client's budget and one from the e-mail's.
     *
     * @throws TooManyRequestsException when either is spent; then neither is touched
     */
    void startPasswordReset(String emailKey, String clientIp) {
        BucketProxy ip = buckets.getProxy(key("reset-ip", clientIp), () -> resetIp);
        take(ip, RESETS_FROM_ADDRESS);
        try {
            take(buckets.getProxy(key("reset-email", emailKey), () -> resetEmail),
                    RESETS_FOR_EMAIL);
        } catch (TooManyRequestsException e) {
            ip.addTokens(1);
            throw e;
        }
    }

    /** The password was reset through the mailbox: the failed logins that may have locked the e-mail are forgotten. */
    void forgetLoginFailures(String emailKey) {
        buckets.removeProxy(key("login-email", emailKey));
    }

    /** Deletes buckets that are full again; several nodes may run it at once (rows are taken SKIP LOCKED). */
    @Scheduled(fixedDelayString = "${anb.throttle.cleanup-interval:5m}",
            initialDelayString = "${anb.throttle.cleanup-interval:5m}")
    void removeExpired() {
        int removed;
        int total = 0;
        do {
            removed = buckets.removeExpired(CLEANUP_BATCH);
            total += removed;
        } while (removed == CLEANUP_BATCH);
        if (total > 0) {
            log.debug("Removed {} throttle buckets that were full again", total);
        }
    }

    private BucketProxy loginIpBucket(String clientIp) {
        return buckets.getProxy(key("login-ip", clientIp), () -> loginIp);
    }

    private BucketProxy loginAccountBucket(String emailKey) {
        return buckets.getProxy(key("login-email", emailKey), () -> loginAccount);
    }

    private static void take(BucketProxy bucket, String message) {
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            Duration wait = Duration.ofNanos(probe.getNanosToWaitForRefill());
            throw new TooManyRequestsException(message.formatted(TooManyRequestsException.minutes(wait)), wait);
        }
    }

    /** The whole budget comes back at once when the window ends, as a lock that lifts rather than a trickle. */
    private static BucketConfiguration budget(int limit, Duration window) {
        return BucketConfiguration.builder()
                .addLimit(bandwidth -> bandwidth.capacity(limit).refillIntervally(limit, window))
                .build();
    }

    private static String key(String scope, String value) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return scope + ":" + Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
