package co.anb.showcase.ui;

import static org.assertj.core.api.Assertions.assertThat;

import co.anb.showcase.ApiClient;
import co.anb.showcase.IntegrationTest;
import co.anb.showcase.fixtures.Fixtures;
import co.anb.showcase.storage.ObjectStore;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The pages anyone can browse without an account: the gallery and the rankings, in a real browser. */
@IntegrationTest
class PublicPagesBrowserTest {

    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ObjectStore store;
    @RegisterExtension
    static final Browser browser = new Browser();
    Fixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new Fixtures(new ApiClient(port), jdbc, store);
        browser.forgetSession();
    }

    @Test
    void galleryPagesSortsAndFiltersByCity() {
        String city = Fixtures.uniqueCity("Barranquilla");
        List<UUID> players = List.of(
                fixtures.user().named("Sofía", "Rojas").city(city).insert(),
                fixtures.user().named("Mateo", "Gómez").city(city).insert(),
                fixtures.user().named("Valentina", "Castro").city(city).insert(),
                fixtures.user().named("Samuel", "Ortiz").city(city).insert());
        String[] moves = {"Crossover", "Triple", "Bandeja", "Tapón", "Alley-oop", "Fadeaway", "Robo"};
        // 14 videos: the most voted is the oldest, so the two orders differ
        for (int i = 0; i < 14; i++) {
            fixtures.video(players.get(i % players.size())).published(NOW.minus(Duration.ofMinutes(14 - i)))
                    .title(moves[i % moves.length] + " " + (i + 1)).votes(13 - i).playableOutputs().insert();
        }
        String other = Fixtures.uniqueCity("Pasto");
        UUID lucia = fixtures.user().named("Lucía", "Paz").city(other).insert();
        fixtures.video(lucia).published(NOW).title("De otra ciudad").votes(50).playableOutputs().insert();

        browser.open("/?city=" + Browser.encode(city));

        assertThat(browser.waitForText("#page .message", "14 videos")).contains(city);
        List<WebElement> cards = browser.findAll(".video-card");
        assertThat(cards).hasSize(12);
        assertThat(cards.get(0).findElement(By.cssSelector(".card-title")).getText())
                .isEqualTo("Crossover 1");
        assertThat(cards.get(0).getText()).contains("Sofía Rojas", city, "13 votos", "Votar");
        WebElement thumbnail = cards.get(0).findElement(By.cssSelector("button.play img"));
        assertThat(thumbnail.getAttribute("src")).contains("thumbnails/");
        browser.waitUntil(d -> (Boolean) browser.script("return arguments[0].complete && arguments[0].naturalWidth > 0",
                thumbnail), Duration.ofSeconds(10), "the thumbnail never loaded");
        assertThat(browser.find(".pager").getText()).contains("Página 1 de 2");
        browser.screenshots("galeria");

        browser.click(".pager a[rel=next]");
        browser.waitForText(".pager", "Página 2 de 2");
        assertThat(titles()).containsExactly("Fadeaway 13", "Robo 14");

        new Select(browser.find("#filtro-orden")).selectByVisibleText("Más recientes");
        browser.click(".filters button[type=submit]");
        browser.waitForText(".pager", "Página 1 de 2");
        assertThat(browser.route()).contains("sort=recent").doesNotContain("page=");
        assertThat(titles().get(0)).isEqualTo("Robo 14");

        browser.type("#filtro-ciudad", other.toUpperCase() + Keys.ENTER);
        browser.waitForText("#page .message", "1 video");
        assertThat(titles()).containsExactly("De otra ciudad");
        assertThat(browser.findAll(".pager a")).isEmpty();
    }

    @Test
    void playsAPublishedVideoInPlace() {
        String city = Fixtures.uniqueCity("Tunja");
        UUID ivan = fixtures.user().named("Iván", "León").city(city).insert();
        UUID video = fixtures.video(ivan).published(NOW).title("Doble paso").playableOutputs().insert();
        browser.open("/?city=" + Browser.encode(city));

        String card = "[data-video-id='" + video + "']";
        assertThat(browser.find(card + " button.play").getAttribute("aria-label"))
                .isEqualTo("Reproducir «Doble paso» de Iván León");
        browser.click(card + " button.play");

        String selector = card + " video";
        assertThat(browser.find(selector).getAttribute("src")).contains("processed/" + video + ".mp4");
        assertThat(browser.driver().switchTo().activeElement().getTagName()).isEqualTo("video");
        browser.waitUntil(d -> (Boolean) browser.script(
                        "return document.querySelector(arguments[0]).currentTime > 0.5", selector),
                Duration.ofSeconds(20), "the processed video never played");
        assertThat(browser.script("return document.querySelector(arguments[0]).videoWidth", selector))
                .isEqualTo(1920L);
    }

    /** Swagger UI is the one page not written here; the security policy must leave it working. */
    @Test
    void theApiDocumentationRendersUnderTheSecurityPolicy() {
        browser.driver().get(browser.baseUrl() + "/docs");

        browser.waitUntil(d -> d.findElements(By.cssSelector(".swagger-ui .opblock")).size() > 5,
                Duration.ofSeconds(20), "Swagger UI never listed the API's operations");
        assertThat(browser.driver().findElement(By.cssSelector(".swagger-ui .info .title")).getText())
                .contains("ANB");
    }

    @Test
    void rankingListsACityPagedWithCompetitionPositions() {
        String city = Fixtures.uniqueCity("Manizales");
        // 22 players: votes 21..0, except that the 2nd and 3rd tie at 20 and share position 2
        for (int i = 0; i < 22; i++) {
            UUID player = fixtures.user().named("Jugador", "%02d".formatted(i + 1)).city(city).insert();
            fixtures.video(player).published(NOW).title("v" + i).votes(i == 2 ? 20 : 21 - i).insert();
        }
        String other = Fixtures.uniqueCity("Neiva");
        UUID outsider = fixtures.user().named("Otro", "Jugador").city(other).insert();
        fixtures.video(outsider).published(NOW).title("otro").votes(99).insert();

        browser.open("/ranking?city=" + Browser.encode(city));

        browser.waitForText("#page .message", "22 jugadores");
        assertThat(browser.find("caption").getText()).isEqualTo("Ranking de " + city);
        List<List<String>> rows = browser.rankingRows();
        assertThat(rows).hasSize(20);
        assertThat(rows.subList(0, 4)).containsExactly(
                List.of("1", "Jugador 01", "21"),
                List.of("2", "Jugador 02", "20"),
                List.of("2", "Jugador 03", "20"),
                List.of("4", "Jugador 04", "18"));
        browser.screenshots("ranking");

        browser.click(".pager a[rel=next]");
        browser.waitForText(".pager", "Página 2 de 2");
        assertThat(browser.rankingRows()).containsExactly(
                List.of("21", "Jugador 21", "1"),
                List.of("22", "Jugador 22", "0"));

        browser.type("#ranking-ciudad", "  " + other.toLowerCase() + "  " + Keys.ENTER);
        browser.waitForText("caption", "Ranking de " + other.toLowerCase());
        browser.waitForText("#page .message", "1 jugador");
        assertThat(browser.rankingRows()).containsExactly(List.of("1", "Otro Jugador", "99"));
    }

    @Test
    void keyboardUsersSkipToTheContentAndUnknownRoutesSayNotFound() {
        browser.open("/no-existe");
        assertThat(browser.find("h1").getText()).isEqualTo("Página no encontrada");

        browser.driver().switchTo().activeElement().sendKeys(Keys.TAB);
        WebElement skip = browser.driver().switchTo().activeElement();
        assertThat(skip.getText()).isEqualTo("Saltar al contenido");
        assertThat(skip.getRect().getY()).as("the skip link shows when focused").isGreaterThanOrEqualTo(0);
        assertThat(skip.getCssValue("outline-style")).isEqualTo("solid");
        skip.sendKeys(Keys.ENTER);
        assertThat(browser.driver().switchTo().activeElement().getAttribute("id")).isEqualTo("contenido");

        browser.driver().switchTo().activeElement().sendKeys(Keys.TAB);
        browser.driver().switchTo().activeElement().sendKeys(Keys.ENTER);
        browser.waitForText("h1", "Videos de los jugadores");
        assertThat(browser.route()).isEqualTo("/");
        assertThat(browser.driver().switchTo().activeElement().getTagName())
                .as("after a navigation focus is on the new page's heading").isEqualTo("h1");
    }

    private List<String> titles() {
        return browser.findAll(".video-card .card-title").stream().map(WebElement::getText).toList();
    }
}
