package co.anb.showcase.ui;

import co.anb.showcase.ApiClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;

/**
 * The staff console's browser tests share this: a session put in the browser's storage (as the login form leaves
 * it), and the screenshots of the Spanish staff guide. Every screenshot goes to {@code target/screenshots/}; with
 * {@code -Danb.docs.screenshots=true} the desktop one (1280×800) is also written to {@code docs/img/staff/}, where
 * docs/guia-staff.md shows it, so the guide's pictures are always of the console as it is.
 */
final class StaffScreens {

    static final Path GUIDE_IMAGES = Path.of("..", "docs", "img", "staff").toAbsolutePath().normalize();
    private static final boolean WRITE_GUIDE = Boolean.getBoolean("anb.docs.screenshots");

    private final Browser browser;

    StaffScreens(Browser browser) {
        this.browser = browser;
    }

    /** Starts a session in the browser as the login form would leave it. */
    void logIn(String token, String email) {
        browser.open("/");
        browser.script("localStorage.setItem('anb.session', JSON.stringify({token: arguments[0],"
                + " expiresAt: Date.now() + 3600000, email: arguments[1]}))", token, email);
    }

    void logInAsStaff(ApiClient api) {
        logIn(api.staffToken(), ApiClient.STAFF_EMAIL);
    }

    /**
     * Saves the page for the guide as {@code <name>}: the desktop and phone pair in {@code target/screenshots/},
     * and, for the guide, the desktop view with {@code css} (if given) scrolled to the top of the window.
     */
    void guide(String name, String css) {
        browser.screenshots(name, css);
        if (css != null) {
            browser.script("document.querySelector(arguments[0]).scrollIntoView({block: 'start'})", css);
        }
        byte[] png = ((TakesScreenshot) browser.driver()).getScreenshotAs(OutputType.BYTES);
        browser.script("window.scrollTo(0, 0)");
        try {
            Files.write(Browser.SCREENSHOTS.resolve(name + "-guia.png"), png);
            if (WRITE_GUIDE) {
                Files.createDirectories(GUIDE_IMAGES);
                Files.write(GUIDE_IMAGES.resolve(name + ".png"), png);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
