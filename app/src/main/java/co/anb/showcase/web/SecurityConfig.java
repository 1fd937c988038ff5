package co.anb.showcase.web;

import co.anb.showcase.shared.ProblemCodes;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import org.springframework.web.filter.UrlHandlerFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stateless bearer-token security through Spring Security's resource server. Public reads are open (a valid token,
 * when sent, still identifies the caller for {@code voted_by_me}); everything else under {@code /api} needs a token.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfig {

    static final String TOKEN_REQUIRED = "Se requiere autenticación: envía un token Bearer válido.";
    static final String TOKEN_INVALID = "El token de acceso no es válido o ha expirado.";
    static final String FORBIDDEN = "No tienes permiso para realizar esta acción.";
    static final String URL_REJECTED = "La URL de la solicitud no es válida.";
    /**
     * Scripts, styles and API calls only from the app itself (the UI has no inline script and loads nothing from a
     * CDN); Swagger UI at /docs sets inline styles. Videos and thumbnails come from the store's presigned URLs or
     * PUBLIC_BASE_URL, another origin that depends on the deployment, hence any http(s) source for media and images;
     * blob: is the upload form reading the chosen file's duration before sending it.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: http: https:; "
            + "media-src 'self' blob: http: https:; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    @Bean
    SecurityFilterChain apiSecurity(HttpSecurity http, ObjectProvider<JwtDecoder> jwtDecoders, JsonMapper json)
            throws Exception {
        ProblemWriter problems = new ProblemWriter(json);
        // A worker has no JWT key and so no decoder: it accepts no token, and its API answers 401 (it serves health).
        JwtDecoder jwtDecoder = jwtDecoders.getIfAvailable();
        http
                .csrf(csrf -> csrf.disable())
                .cors(Customizer.withDefaults())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY)))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.POST, "/api/auth/signup", "/api/auth/login",
                                "/api/auth/verify-email").permitAll()
                        // the JWT's roles claim (auth's JwtAuthenticationConverter): staff only
                        .requestMatchers("/api/staff/**").hasRole("STAFF")
                        .requestMatchers(HttpMethod.POST, "/api/public/**").authenticated()
                        .requestMatchers(HttpMethod.GET, "/api/public/**", "/api/health").permitAll()
                        // the share pages (sharing module): link previews fetch them without any session
                        .requestMatchers(HttpMethod.GET, "/v/*", "/jugadores/*").permitAll()
                        .requestMatchers("/api/**").authenticated()
                        .anyRequest().permitAll())
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint((request, response, e) -> unauthorized(request, response, problems)));
        if (jwtDecoder != null) {
            http.oauth2ResourceServer(resourceServer -> resourceServer
                    .bearerTokenResolver(new PublicReadTokenResolver(jwtDecoder))
                    .jwt(Customizer.withDefaults())
                    .authenticationEntryPoint((request, response, e) -> unauthorized(request, response, problems))
                    .accessDeniedHandler((request, response, e) ->
                            problems.write(request, response, HttpStatus.FORBIDDEN, FORBIDDEN)));
        }
        return http.build();
    }

    /** URLs the firewall refuses (e.g. {@code //} from a client with an unset id) get the same problem shape. */
    @Bean
    RequestRejectedHandler requestRejectedHandler(JsonMapper json) {
        ProblemWriter problems = new ProblemWriter(json);
        return (request, response, e) -> problems.write(request, response, HttpStatus.BAD_REQUEST,
                ProblemCodes.MALFORMED_REQUEST, URL_REJECTED);
    }

    /**
     * {@code /api/videos/} is served as {@code /api/videos}: the contract has no trailing slashes, but clients
     * written against frameworks that redirect them send one. Runs before security, which then sees the same path.
     */
    @Bean
    FilterRegistrationBean<UrlHandlerFilter> trailingSlashFilter() {
        var registration = new FilterRegistrationBean<>(
                UrlHandlerFilter.trailingSlashHandler("/api/**").wrapRequest().build());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Bean
    CorsConfigurationSource corsConfigurationSource(CorsProperties cors) {
        CorsConfiguration configuration = new CorsConfiguration();
        configuration.setAllowedOriginPatterns(cors.allowedOrigins());
        configuration.setAllowedMethods(List.of("GET", "POST", "DELETE", "OPTIONS"));
        configuration.setAllowedHeaders(List.of(HttpHeaders.AUTHORIZATION, HttpHeaders.CONTENT_TYPE));
        configuration.setExposedHeaders(List.of("X-Total-Count", "X-Rankings-Final", HttpHeaders.RETRY_AFTER));
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/api/**", configuration);
        return source;
    }

    private static void unauthorized(HttpServletRequest request, HttpServletResponse response, ProblemWriter problems)
            throws IOException {
        boolean tokenSent = request.getHeader(HttpHeaders.AUTHORIZATION) != null;
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, tokenSent ? "Bearer error=\"invalid_token\"" : "Bearer");
        problems.write(request, response, HttpStatus.UNAUTHORIZED,
                tokenSent ? "invalid_token" : ProblemCodes.forStatus(401), tokenSent ? TOKEN_INVALID : TOKEN_REQUIRED);
    }
}
