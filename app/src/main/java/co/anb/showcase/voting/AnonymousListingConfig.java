package co.anb.showcase.voting;

import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The anonymous gallery's answer cache sits just ahead of the security chain, on the listing's path only. */
@Configuration(proxyBeanMethods = false)
class AnonymousListingConfig {

    @Bean
    FilterRegistrationBean<AnonymousListingFilter> anonymousListingFilter(AnonymousListingResponses responses) {
        var registration = new FilterRegistrationBean<>(new AnonymousListingFilter(responses));
        registration.addUrlPatterns("/api/public/videos", "/api/public/videos/");
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 1);
        return registration;
    }
}
