package co.anb.showcase.ui;

import static org.assertj.core.api.Assertions.assertThat;

import co.anb.showcase.ApiClient;
import co.anb.showcase.IntegrationTest;
import co.anb.showcase.fixtures.Fixtures;
import co.anb.showcase.local.Mailbox;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The unverified player's banner, resending the mail, the #/verificar page, and the contest state in the gallery. */
@IntegrationTest
class FairVoteBrowserTest {

    private static final Pattern ROUTE = Pattern.compile("/#(/verificar\\?token=[A-Za-z0-9_\\-]+)");

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @RegisterExtension
    static final Browser browser = new Browser();
    ApiClient api;
    String staff;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        staff = api.staffToken();
        browser.forgetSession();
    }

    @AfterEach
    void restoreLocalDefaults() {
        setWindow(null);
    }

    @Test
    void anUnverifiedPlayerResendsTheMailAndVerifiesThroughItsLink() {
        ApiClient.Session player = api.newPlayer(Fixtures.uniqueCity("Yopal"));
        logIn(player);
        browser.open("/");
        browser.waitForText("#account-banner", "Verifica tu correo electrónico para votar");
        assertThat(browser.find("#account-banner").getText()).contains(player.email());
        browser.click("#account-banner button");
        browser.waitForText("#account-banner .banner-message", "Te enviamos un correo para verificar tu cuenta.");
        browser.screenshots("verificacion-pendiente");

        var mails = Mailbox.of(player.email()).awaitMails(2, Duration.ofSeconds(10));
        Matcher link = ROUTE.matcher(mails.get(1).text());
        assertThat(link.find()).isTrue();
        browser.open(link.group(1));
        browser.waitForText("#page .message", "Correo electrónico verificado.");
        browser.waitUntil(driver -> !driver.findElement(org.openqa.selenium.By.id("account-banner")).isDisplayed(),
                Duration.ofSeconds(15), "the banner goes once the address is verified");

        browser.open(link.group(1));
        assertThat(browser.waitForText("#page .message", "ya se usó o venció")).contains("Pide uno nuevo");
    }

    @Test
    void theGalleryShowsTheContestStateAndTheRefusalAsTheApiSendsIt() {
        String city = Fixtures.uniqueCity("Mocoa");
        Fixtures fixtures = new Fixtures(api, jdbc);
        UUID video = fixtures.video(fixtures.user().city(city).insert()).published().insert();
        logIn(fixtures.player(city));
        browser.open("/?city=" + Browser.encode(city));
        browser.waitForText(".contest-state", "La votación está abierta.");

        setWindow(Instant.now().minusSeconds(60));
        browser.open("/?city=" + Browser.encode(city));
        browser.waitForText(".contest-state", "La votación está cerrada.");
        browser.click(".video-card[data-video-id='" + video + "'] button.vote");
        browser.waitForText(".vote-message", "La votación está cerrada.");
        browser.screenshots("votacion-cerrada");
        assertThat(fixtures.votesCounter(video)).isZero();
    }

    private void logIn(ApiClient.Session player) {
        browser.open("/");
        browser.script("localStorage.setItem('anb.session', JSON.stringify({token: arguments[0],"
                + " expiresAt: Date.now() + 3600000, email: arguments[1]}))", player.token(), player.email());
    }

    private void setWindow(Instant closesAt) {
        Map<String, Object> rules = new HashMap<>();
        rules.put("verified_voters_only", false);
        rules.put("voting_opens_at", null);
        rules.put("voting_closes_at", closesAt == null ? null : closesAt.toString());
        assertThat(api.putJson("/api/staff/contest", staff, rules).status()).isEqualTo(200);
    }
}
