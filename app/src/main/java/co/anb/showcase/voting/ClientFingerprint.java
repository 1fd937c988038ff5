package co.anb.showcase.voting;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Keyed hashes (HMAC-SHA256) of where a vote came from: the client address, its subnet (/24 for IPv4, /64 for
 * IPv6) and the user agent. Equal inputs give equal hashes, so staff can see many votes from one place, but the
 * database alone does not give the address back: that needs the secret, which is never stored with the votes.
 */
@Component
@EnableConfigurationProperties(VotingProperties.class)
class ClientFingerprint {

    static final int MIN_SECRET_BYTES = 32;
    private static final Logger log = LoggerFactory.getLogger(ClientFingerprint.class);

    private final SecretKeySpec key;

    ClientFingerprint(VotingProperties properties, Environment environment) {
        String secret = properties.auditSecret();
        byte[] bytes;
        // a worker casts no vote: like the JWT key, it is not given the audit key (least privilege)
        boolean worker = "worker".equalsIgnoreCase(environment.getProperty("anb.role", "all"));
        if ((secret == null || secret.isBlank()) && (worker || environment.matchesProfiles("local"))) {
            bytes = new byte[MIN_SECRET_BYTES];
            new SecureRandom().nextBytes(bytes);
            log.info("No VOTE_AUDIT_SECRET set: a random one, so vote hashes change per start (local or worker)");
        } else if (secret == null || secret.getBytes(StandardCharsets.UTF_8).length < MIN_SECRET_BYTES) {
            throw new IllegalStateException("VOTE_AUDIT_SECRET must be set to a random value of at least "
                    + MIN_SECRET_BYTES + " bytes (e.g. `openssl rand -base64 48`); only the local profile may leave "
                    + "it empty.");
        } else {
            bytes = secret.getBytes(StandardCharsets.UTF_8);
        }
        this.key = new SecretKeySpec(bytes, "HmacSHA256");
    }

    Fingerprint of(String clientAddress, String userAgent) {
        String address = clientAddress == null ? "" : clientAddress;
        return new Fingerprint(hmac("ip:" + address), hmac("subnet:" + subnet(address)),
                hmac("ua:" + (userAgent == null ? "" : userAgent)));
    }

    /** The /24 (IPv4) or /64 (IPv6) network of an address; the address itself when it is not a literal. */
    static String subnet(String address) {
        if (!address.matches("[0-9a-fA-F:.]+")) {
            return address;
        }
        try {
            byte[] raw = InetAddress.getByName(address).getAddress();
            byte[] network = Arrays.copyOf(raw, raw.length == 4 ? 3 : 8);
            return HexFormat.of().formatHex(network) + "/" + (raw.length == 4 ? 24 : 64);
        } catch (UnknownHostException e) {
            return address;
        }
    }

    private byte[] hmac(String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(value.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Where one vote came from, as keyed hashes. */
    record Fingerprint(byte[] ipHash, byte[] subnetHash, byte[] userAgentHash) {

        String ipKey() {
            return HexFormat.of().formatHex(ipHash);
        }
    }
}
