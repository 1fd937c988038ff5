package co.anb.showcase.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletRequest;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.tomcat.autoconfigure.servlet.TomcatServletWebServerAutoConfiguration;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Behind CloudFront without a domain the ALB is reached over HTTP, so its X-Forwarded-Proto says http and its
 * X-Forwarded-Port 80. With the web tier's settings from the infra (the app's own remote-IP settings plus the
 * CloudFront header) Tomcat must see the viewer's https on the default port: HSTS, redirects and links depend on it.
 * A real Tomcat with the app's property files; the request comes from loopback, a trusted proxy like the ALB.
 */
class BehindCloudFrontTest {

    @Test
    void theSchemeIsTheViewersFromCloudFrontNotTheAlbsHttp() throws Exception {
        String seen = get("CloudFront-Forwarded-Proto: https\r\nX-Forwarded-Proto: http\r\nX-Forwarded-Port: 80\r\n");
        assertThat(seen).startsWith("https://d111111abcdef8.cloudfront.net/echo secure=true ");
    }

    @Test
    void withoutCloudFrontsHeaderNothingIsSecure() throws Exception {
        // a viewer cannot set it through CloudFront, and a client going around CloudFront cannot reach the ALB
        String seen = get("X-Forwarded-Proto: https\r\nX-Forwarded-Port: 443\r\n");
        assertThat(seen).contains("secure=false");
    }

    @Test
    void theRemoteAddressIsTheViewersFromCloudFrontNotTheEdges() throws Exception {
        String edge = "X-Forwarded-For: 198.51.100.7, 203.0.113.50\r\n";
        assertThat(get(edge + "CloudFront-Viewer-Address: 198.51.100.7:46532\r\n"))
                .endsWith("remote=198.51.100.7");
        assertThat(get(edge + "CloudFront-Viewer-Address: 2001:db8::7:443\r\n")).endsWith("remote=2001:db8::7");
        // without the header, or with one that names no address, Tomcat's answer stands: the edge
        assertThat(get(edge)).endsWith("remote=203.0.113.50");
        assertThat(get(edge + "CloudFront-Viewer-Address: <script>:1\r\n")).endsWith("remote=203.0.113.50");
    }

    private static String get(String proxyHeaders) throws Exception {
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(EchoApp.class)
                .web(WebApplicationType.SERVLET)
                .properties("server.port=0",
                        // what TierEnvironment (infra) sets on the web tier in the CloudFront mode
                        "server.tomcat.remoteip.protocol-header=CloudFront-Forwarded-Proto",
                        "server.tomcat.remoteip.port-header=CloudFront-Forwarded-Proto")
                .run();
             Socket socket = new Socket(InetAddress.getLoopbackAddress(),
                     ((WebServerApplicationContext) app).getWebServer().getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET /echo HTTP/1.1\r\nHost: d111111abcdef8.cloudfront.net\r\n" + proxyHeaders
                    + "Connection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String response = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                    StandardCharsets.UTF_8)).lines().collect(Collectors.joining("\n"));
            return response.substring(response.lastIndexOf('\n') + 1).trim();
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ImportAutoConfiguration({TomcatServletWebServerAutoConfiguration.class, DispatcherServletAutoConfiguration.class,
            WebMvcAutoConfiguration.class})
    static class EchoApp {

        @RestController
        static class Echo {

            @GetMapping("/echo")
            String echo(HttpServletRequest request) {
                return request.getRequestURL() + " secure=" + request.isSecure() + " remote="
                        + request.getRemoteAddr();
            }
        }

        /** The app's own filter, configured as the web tier is in the CloudFront mode (VIEWER_ADDRESS_HEADER). */
        @Bean
        FilterRegistrationBean<ViewerAddressFilter> viewerAddressFilter() {
            return new WebConfig().viewerAddressFilter("CloudFront-Viewer-Address");
        }
    }
}
