package co.anb.showcase.ui;

import java.util.Map;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The browser's network as DevTools emulates it: every request waits {@code latencyMs} before it starts (the
 * loopback store is otherwise too fast to catch an upload mid-way; Chromium does not throttle request bodies), and
 * the connection can drop ({@code navigator.onLine} false, requests fail at once) and come back.
 */
final class SlowNetwork {

    private final ChromeDriver driver;
    private final int latencyMs;

    SlowNetwork(Browser browser, int latencyMs) {
        this.driver = (ChromeDriver) browser.driver();
        this.latencyMs = latencyMs;
        driver.executeCdpCommand("Network.enable", Map.of());
    }

    void online() {
        conditions(false, latencyMs);
    }

    void offline() {
        conditions(true, latencyMs);
    }

    /** Back to the machine's own network. */
    void normal() {
        conditions(false, 0);
    }

    private void conditions(boolean offline, int latency) {
        driver.executeCdpCommand("Network.emulateNetworkConditions", Map.of("offline", offline, "latency", latency,
                "downloadThroughput", -1, "uploadThroughput", -1));
    }
}
