package co.anb.showcase.admission;

import co.anb.showcase.system.ApiRoleOnly;
import java.util.concurrent.Semaphore;
import org.apache.coyote.http11.AbstractHttp11Protocol;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Wires upload admission into the servlet filters (after security, which identifies the account) and the slow-client
 * limits into Tomcat. The header timeout is Boot's {@code server.tomcat.connection-timeout}; the body's idle timeout
 * has no Boot property, so it is set on the connector here.
 */
@Configuration(proxyBeanMethods = false)
class AdmissionConfig {

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> slowClientLimits(AdmissionProperties properties) {
        return factory -> {
            factory.addConnectorCustomizers(connector -> {
                if (connector.getProtocolHandler() instanceof AbstractHttp11Protocol<?> http) {
                    http.setDisableUploadTimeout(false);
                    http.setConnectionUploadTimeout((int) properties.bodyIdleTimeout().toMillis());
                }
            });
            factory.addContextValves(new RefusedUploadValve());
        };
    }

    @Bean
    @ApiRoleOnly
    UploadLeases uploadLeases(JdbcClient jdbc, TransactionTemplate transactions, AdmissionProperties properties) {
        return new UploadLeases(jdbc, transactions, properties);
    }

    /** Runs after the oversize check, which refuses a declared-too-large upload without taking a slot. */
    @Bean
    @ApiRoleOnly
    FilterRegistrationBean<UploadAdmissionFilter> uploadAdmissionFilter(UploadLeases leases,
                                                                       AdmissionProperties properties,
                                                                       JsonMapper json) {
        var filter = new UploadAdmissionFilter(new Semaphore(properties.uploadsPerNode()), leases, properties, json);
        var registration = new FilterRegistrationBean<>(filter);
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 2);
        registration.addUrlPatterns(UploadAdmissionFilter.UPLOAD_PATH);
        return registration;
    }
}
