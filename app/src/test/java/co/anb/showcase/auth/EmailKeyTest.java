package co.anb.showcase.auth;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EmailKeyTest {

    @Test
    void trimsAndFoldsCaseWithoutALocale() {
        assertThat(EmailKey.of("  Ana.Perez@Example.COM\t")).isEqualTo("ana.perez@example.com");
        assertThat(EmailKey.of("STRASSE@example.com")).isEqualTo(EmailKey.of("straße@example.com"));
    }

    @Test
    void compatibilityFormsMeetTheirPlainForms() {
        // full-width letters, a ligature and a non-breaking space around the address
        assertThat(EmailKey.of("\u00a0ＡＮＡ@example.com")).isEqualTo("ana@example.com");
        assertThat(EmailKey.of("ﬁna@example.com")).isEqualTo("fina@example.com");
    }

    @Test
    void capitalIWithDotIsNotAPlainI() {
        // Java's lower case of U+0130 is "i" + U+0307; PostgreSQL's lower() gave "i": the two no longer meet
        assertThat(EmailKey.of("lİna@example.com")).isNotEqualTo(EmailKey.of("lina@example.com"));
    }

    @Test
    void aKeyIsItsOwnKey() {
        String[] emails = {"lİna@example.com", "ＳＴＲＡＳＳＥ@ex.com", "Ǆemal@ex.com", "ﬃ@ex.com"};
        for (String email : emails) {
            String key = EmailKey.of(email);
            assertThat(EmailKey.of(key)).isEqualTo(key);
        }
    }
}
