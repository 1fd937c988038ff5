package co.anb.showcase.web;

import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import tools.jackson.databind.json.JsonMapper;

/**
 * Errors that never reach Spring MVC still answer problem+json: Tomcat's refusals through {@link
 * ProblemErrorReportValve}, and errors the container forwards to {@code /error} through {@link
 * ProblemErrorController}.
 */
@Configuration(proxyBeanMethods = false)
class ContainerErrorConfig {

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemErrorReportValve(JsonMapper json) {
        return new ValveCustomizer(json);
    }

    /**
     * Runs after Boot's own Tomcat customizer, which adds a plain {@link ErrorReportValve} to the host: that one is
     * removed, and naming ours as the host's error report valve class stops Tomcat from adding its default at start.
     */
    private record ValveCustomizer(JsonMapper json)
            implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

        @Override
        public void customize(TomcatServletWebServerFactory factory) {
            factory.addContextCustomizers(context -> {
                StandardHost host = (StandardHost) context.getParent();
                for (Valve valve : host.getPipeline().getValves()) {
                    if (valve instanceof ErrorReportValve) {
                        host.getPipeline().removeValve(valve);
                    }
                }
                host.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
                host.getPipeline().addValve(new ProblemErrorReportValve(json));
            });
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }
    }
}
