package co.anb.showcase.web;

import static co.anb.showcase.web.ProblemExpectations.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import co.anb.showcase.IntegrationTest;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What the app shows beyond the API: HSTS when the load balancer says the client came over https (and only from an
 * address allowed to say so), and of the actuator nothing but health.
 */
@IntegrationTest
class ExposedSurfaceTest {

    static final String HSTS = "Strict-Transport-Security";

    @LocalServerPort
    int port;
    @Value("${server.tomcat.remoteip.internal-proxies}")
    String internalProxies;
    RawHttp raw;

    @BeforeEach
    void setUp() {
        raw = new RawHttp(port);
    }

    @Test
    void httpsForwardedByTheLoadBalancerGetsHsts() {
        RawHttp.Response response = raw.get("/api/health",
                "X-Forwarded-Proto: https\r\nX-Forwarded-For: 203.0.113.9\r\n");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header(HSTS)).contains("max-age=31536000").contains("includeSubDomains");
    }

    @Test
    void plainHttpGetsNoHsts() {
        assertThat(raw.get("/api/health", "").header(HSTS)).isNull();
    }

    /** The VPC's private ranges and loopback may set X-Forwarded-*; from any other address they are ignored. */
    @ParameterizedTest
    @ValueSource(strings = {"10.0.0.1", "10.255.3.4", "172.16.0.1", "172.31.255.254", "192.168.1.20", "127.0.0.1",
            "0:0:0:0:0:0:0:1"})
    void privateAddressesAreTrustedProxies(String address) {
        assertThat(Pattern.matches(internalProxies, address)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"8.8.8.8", "203.0.113.9", "172.15.0.1", "172.32.0.1", "192.169.0.1", "100.64.0.1",
            "11.0.0.1", "169.254.169.254", "110.0.0.1"})
    void publicAddressesAreNotTrustedProxies(String address) {
        assertThat(Pattern.matches(internalProxies, address)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/actuator", "/actuator/info", "/actuator/env", "/actuator/metrics", "/actuator/beans"})
    void actuatorShowsNothingButHealth(String path) {
        RawHttp.Response response = raw.get(path, "");

        assertThat(response.status()).isEqualTo(404);
        assertProblem(404, response.header("Content-Type"), response.body());
    }

    @Test
    void healthSaysOnlyItsStatus() {
        RawHttp.Response response = raw.get("/actuator/health", "");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body()).contains("\"status\":\"UP\"").doesNotContain("components", "details", "db");
    }
}
