package co.anb.showcase.web;

import co.anb.showcase.shared.UploadLimits;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import tools.jackson.databind.json.JsonMapper;

@Configuration(proxyBeanMethods = false)
class WebConfig {

    /** Runs after security: an anonymous oversize upload is told to log in, a logged-in one that it is too big. */
    @Bean
    FilterRegistrationBean<OversizeUploadFilter> oversizeUploadFilter(UploadLimits limits, JsonMapper json) {
        var registration = new FilterRegistrationBean<>(
                new OversizeUploadFilter(limits, new ProblemWriter(json)));
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 1);
        registration.addUrlPatterns(OversizeUploadFilter.UPLOAD_PATH);
        return registration;
    }

    /** After security too: a body sent without a token is refused for the token, unread. */
    @Bean
    FilterRegistrationBean<BodyLimitFilter> bodyLimitFilter(HttpLimits limits, JsonMapper json) {
        var registration = new FilterRegistrationBean<>(new BodyLimitFilter(limits.maxBody(), new ProblemWriter(json)));
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 2);
        registration.addUrlPatterns("/api/*");
        return registration;
    }

    /** First of all filters: every later one, security's included, sees the viewer's address. */
    @Bean
    FilterRegistrationBean<ViewerAddressFilter> viewerAddressFilter(
            @Value("${anb.web.viewer-address-header:}") String header) {
        var registration = new FilterRegistrationBean<>(new ViewerAddressFilter(header));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }
}
