package co.anb.showcase.auth;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/** Argon2id for new hashes; the bcrypt ones from before still verify and ask to be replaced (#16). */
class PasswordHashingTest {

    private final PasswordHashing passwords = new PasswordHashing();

    @Test
    void newHashesAreArgon2idWithTheDocumentedCostAndVerify() {
        String hash = passwords.encode("Jugador2026!");

        assertThat(hash).startsWith("$argon2id$v=19$m=19456,t=8,p=1$").hasSizeLessThanOrEqualTo(100);
        assertThat(passwords.matches("Jugador2026!", hash)).isTrue();
        assertThat(passwords.matches("Jugador2026?", hash)).isFalse();
        assertThat(passwords.upgradeEncoding(hash)).isFalse();
        assertThat(passwords.encode("Jugador2026!")).as("salted").isNotEqualTo(hash);
    }

    @Test
    void bcryptHashesFromBeforeStillVerifyAndAskToBeReplaced() {
        String legacy = new BCryptPasswordEncoder().encode("Jugador2026!");

        assertThat(passwords.matches("Jugador2026!", legacy)).isTrue();
        assertThat(passwords.matches("otra", legacy)).isFalse();
        assertThat(passwords.upgradeEncoding(legacy)).isTrue();
    }

    @Test
    void aWeakerArgon2HashAsksToBeReplacedAndNothingMatchesNoHash() {
        String weaker = new org.springframework.security.crypto.argon2.Argon2PasswordEncoder(16, 32, 1, 19 * 1024, 2)
                .encode("Jugador2026!");

        assertThat(passwords.matches("Jugador2026!", weaker)).isTrue();
        assertThat(passwords.upgradeEncoding(weaker)).isTrue();
        assertThat(passwords.matches("Jugador2026!", null)).isFalse();
        assertThat(passwords.matches("Jugador2026!", "not-a-hash")).isFalse();
    }

    @Test
    void aLoneSurrogateIsHashedAsJavasUtf8EncoderWritesIt() {
        String hash = passwords.encode("clave\uD800segura");

        assertThat(passwords.matches("clave\uD800segura", hash)).isTrue();
        assertThat(passwords.matches("clave?segura", hash)).as("the replacement character Java writes").isTrue();
        assertThat(passwords.matches("clavesegura", hash)).isFalse();
    }
}
