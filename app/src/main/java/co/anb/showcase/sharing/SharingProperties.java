package co.anb.showcase.sharing;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param publicBaseUrl the site's public origin (PUBLIC_BASE_URL); when unset, links use the request's own origin
 */
@ConfigurationProperties(prefix = "anb.sharing")
record SharingProperties(String publicBaseUrl) {
}
