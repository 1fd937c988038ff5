package co.anb.showcase.web;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

/** ETags on public reads, so a client or the CDN revalidating an unchanged page gets a body-less 304. */
@Configuration(proxyBeanMethods = false)
class PublicReadEtags {

    @Bean
    FilterRegistrationBean<ShallowEtagHeaderFilter> publicReadEtagFilter() {
        var registration = new FilterRegistrationBean<>(new ShallowEtagHeaderFilter());
        registration.addUrlPatterns("/api/public/videos", "/api/public/videos/", "/api/public/rankings",
                "/api/public/rankings/");
        return registration;
    }
}
