package co.anb.showcase.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The body limit of every {@code /api} request but the upload ({@code anb.http.max-body}, env {@code
 * HTTP_MAX_BODY}). A signup body with every field at its limit, in four-byte characters and JSON escapes, stays
 * under 8 KB. Header, URL and multipart limits are Tomcat's own {@code server.*} properties (docs/security.md).
 */
@ConfigurationProperties(prefix = "anb.http")
record HttpLimits(@DefaultValue("8KB") DataSize maxBody) {
}
