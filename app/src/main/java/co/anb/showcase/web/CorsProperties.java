package co.anb.showcase.web;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Origins allowed to call the API from a browser (CORS_ORIGINS, comma separated). */
@ConfigurationProperties(prefix = "anb.cors")
record CorsProperties(@DefaultValue("http://localhost:*") List<String> allowedOrigins) {
}
