package co.anb.showcase.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpMethod;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;

/**
 * Public reads need no login, so a stale or broken token must not turn them into a 401: on {@code GET
 * /api/public/**} a token that does not verify is ignored and the caller is served as anonymous. A valid token is
 * still used there (for {@code voted_by_me}), and everywhere else a bad token is a 401 as usual.
 */
final class PublicReadTokenResolver implements BearerTokenResolver {

    private final DefaultBearerTokenResolver delegate = new DefaultBearerTokenResolver();
    private final JwtDecoder decoder;

    PublicReadTokenResolver(JwtDecoder decoder) {
        this.decoder = decoder;
    }

    @Override
    public String resolve(HttpServletRequest request) {
        if (!isPublicRead(request)) {
            return delegate.resolve(request);
        }
        try {
            String token = delegate.resolve(request);
            if (token != null) {
                decoder.decode(token);
            }
            return token;
        } catch (OAuth2AuthenticationException | JwtException e) {
            return null;
        }
    }

    private static boolean isPublicRead(HttpServletRequest request) {
        return HttpMethod.GET.matches(request.getMethod()) && request.getRequestURI().startsWith("/api/public/");
    }
}
