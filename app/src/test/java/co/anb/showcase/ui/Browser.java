package co.anb.showcase.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Level;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * One headless Chromium (Debian's {@code chromium} and {@code chromedriver}, no driver download) showing the app
 * at desktop size (1280×800), with waits, screenshots at desktop and phone (375×812) widths, and the page's
 * JavaScript errors. A test class registers one as {@code @RegisterExtension static final Browser browser = new
 * Browser();}: it starts before the class's first test, on the port of the class's running app, is reused by every
 * test, fails a test that left a JavaScript error, and quits after the last one.
 */
final class Browser implements BeforeAllCallback, AfterEachCallback, AfterAllCallback {

    static final Path SCREENSHOTS = Path.of("target", "screenshots").toAbsolutePath();
    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    private static final Duration WAIT = Duration.ofSeconds(15);

    private ChromeDriver driver;
    private String baseUrl;

    @Override
    public void beforeAll(ExtensionContext context) {
        start(SpringExtension.getApplicationContext(context).getEnvironment()
                .getRequiredProperty("local.server.port", Integer.class));
    }

    @Override
    public void afterEach(ExtensionContext context) {
        assertSound();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        driver.quit();
    }

    private void start(int port) {
        if (!new File(CHROMIUM).canExecute() || !new File(CHROMEDRIVER).canExecute()) {
            throw new IllegalStateException("The browser tests need Debian's chromium and chromedriver: "
                    + "apt-get install chromium chromium-driver (./dev.sh test installs them)");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--disable-quic", "--window-size=1280,800", "--lang=es-CO");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        baseUrl = "http://127.0.0.1:" + port;
        desktop();
    }

    /** Opens a route of the app, e.g. {@code open("/ranking?city=Cali")}, as a fresh page load. */
    void open(String route) {
        // from another route of the app, only the hash would change and the page would not load afresh
        driver.get("about:blank");
        driver.get(baseUrl + "/#" + route);
        waitFor(By.cssSelector("#page h1"));
    }

    /** Logs out by forgetting the stored session, as the "Salir" button does. */
    void forgetSession() {
        driver.get(baseUrl + "/");
        script("localStorage.clear()");
    }

    String baseUrl() {
        return baseUrl;
    }

    /** The route part of the address, e.g. {@code /mis-videos}. */
    String route() {
        String url = driver.getCurrentUrl();
        int hash = url.indexOf('#');
        return hash < 0 ? "/" : url.substring(hash + 1);
    }

    WebElement find(String css) {
        return waitFor(By.cssSelector(css));
    }

    List<WebElement> findAll(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    /** The rankings table's cells, row by row: position, player, votes. */
    List<List<String>> rankingRows() {
        return findAll(".ranking tbody tr").stream()
                .map(row -> row.findElements(By.tagName("td")).stream().map(WebElement::getText).toList())
                .toList();
    }

    /** A value for a route's query string. */
    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    WebElement waitFor(By locator) {
        return new WebDriverWait(driver, WAIT).until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    /** Waits until the element's text contains {@code text}, and returns the whole text. */
    String waitForText(String css, String text) {
        return waitForText(css, text, WAIT);
    }

    String waitForText(String css, String text, Duration timeout) {
        // the text is read and returned in one go: the page may redraw the element right after
        return new WebDriverWait(driver, timeout).pollingEvery(Duration.ofMillis(100))
                .ignoring(RuntimeException.class)
                .withMessage(() -> "'" + css + "' never showed '" + text + "'; it shows: " + textOrNothing(css))
                .until(d -> {
                    String shown = d.findElement(By.cssSelector(css)).getText();
                    return shown.contains(text) ? shown : null;
                });
    }

    <T> T waitUntil(Function<WebDriver, T> condition, Duration timeout, String description) {
        return new WebDriverWait(driver, timeout).pollingEvery(Duration.ofMillis(100))
                .ignoring(RuntimeException.class).withMessage(description).until(condition);
    }

    void type(String css, String text) {
        WebElement input = find(css);
        input.clear();
        input.sendKeys(text);
    }

    /** Picks a file in a file input, which may be visually hidden behind a styled button. */
    void chooseFile(String css, String path) {
        driver.findElement(By.cssSelector(css)).sendKeys(path);
    }

    /** Clicks the element once it is shown and enabled, finding it again if the page redrew it meanwhile. */
    void click(String css) {
        new WebDriverWait(driver, WAIT).pollingEvery(Duration.ofMillis(100))
                .ignoring(NoSuchElementException.class).ignoring(StaleElementReferenceException.class)
                .withMessage("nothing to click at '" + css + "'")
                .until(d -> {
                    WebElement element = d.findElement(By.cssSelector(css));
                    if (!element.isDisplayed() || !element.isEnabled()) {
                        return false;
                    }
                    element.click();
                    return true;
                });
    }

    Object script(String javascript, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(javascript, arguments);
    }

    WebDriver driver() {
        return driver;
    }

    /**
     * Saves the current page as {@code <name>-desktop.png} (1280×800) and {@code <name>-phone.png} (375×812, a
     * phone's viewport, laid out at device width) under {@code target/screenshots/}.
     */
    void screenshots(String name) {
        screenshots(name, null);
    }

    /** Like {@link #screenshots(String)}, with the page scrolled so {@code css} is in the middle on the phone. */
    void screenshots(String name, String css) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.write(SCREENSHOTS.resolve(name + "-desktop.png"), driver.getScreenshotAs(OutputType.BYTES));
            phone();
            if (css != null) {
                script("document.querySelector(arguments[0]).scrollIntoView({block: 'center'})", css);
            }
            Files.write(SCREENSHOTS.resolve(name + "-phone.png"), driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            script("window.scrollTo(0, 0)");
            desktop();
        }
    }

    /**
     * JavaScript errors the page logged (uncaught exceptions, failed module loads), leaving out the console lines
     * Chromium writes for every HTTP error answer, which the tests provoke on purpose.
     */
    List<String> javascriptErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .filter(message -> !message.contains("Failed to load resource"))
                .toList();
    }

    /** No JavaScript error was logged, and the page shows no leaked {@code null}, {@code undefined} or {@code NaN}. */
    void assertSound() {
        assertThat(javascriptErrors()).as("JavaScript errors").isEmpty();
        List<WebElement> page = driver.findElements(By.id("page"));
        if (!page.isEmpty()) {
            assertThat(page.get(0).getText()).as("text of the page")
                    .doesNotContainPattern("\\b(null|undefined|NaN)\\b");
        }
    }

    private void desktop() {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 1280, "height", 800, "deviceScaleFactor", 1, "mobile", false));
    }

    private void phone() {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 375, "height", 812, "deviceScaleFactor", 1, "mobile", true));
        // let the page lay itself out at the new width before the capture
        script("return new Promise(resolve => requestAnimationFrame(() => requestAnimationFrame(resolve)))");
    }

    private String textOrNothing(String css) {
        List<WebElement> elements = driver.findElements(By.cssSelector(css));
        return elements.isEmpty() ? "(no such element)" : "'" + elements.get(0).getText() + "'";
    }
}
